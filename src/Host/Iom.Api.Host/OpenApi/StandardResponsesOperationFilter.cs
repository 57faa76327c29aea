using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Iom.Api.Host.OpenApi;

/// <summary>Documents the problem response every operation can give, whatever the endpoint declares.</summary>
internal sealed class StandardResponsesOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= [];
        if (!operation.Responses.ContainsKey("500"))
        {
            var schema = context.SchemaGenerator.GenerateSchema(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.SchemaRepository);
            operation.Responses["500"] = new OpenApiResponse
            {
                Description = "Unexpected failure; the body carries a traceId and no internals.",
                Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = schema } },
            };
        }
    }
}
