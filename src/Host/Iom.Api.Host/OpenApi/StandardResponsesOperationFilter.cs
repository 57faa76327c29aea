using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Iom.Api.Host.OpenApi;

/// <summary>
/// What every operation can answer whatever the endpoint declares: its bearer requirement and scope, 401 and 403,
/// 413 where it takes a body, 429 with Retry-After, and 500, each as a problem document.
/// </summary>
internal sealed class StandardResponsesOperationFilter : IOperationFilter
{
    public const string SchemeName = "bearer";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= [];
        var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
        var scopes = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>()
            .Select(a => a.Policy).OfType<string>().Distinct().ToList();
        var anonymous = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any();
        if (!anonymous)
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] }];
            operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            operation.Extensions["x-required-scopes"] = new JsonNodeExtension(new JsonArray(scopes.Select(s => (JsonNode)s).ToArray()));
            operation.Description = string.Join("\n\n", new[] { operation.Description, $"Requires a bearer token with the scope `{string.Join("` and `", scopes)}`." }.Where(d => !string.IsNullOrEmpty(d)));
            Add(operation, "401", "No token, or an invalid or expired one.", problem);
            Add(operation, "403", $"The token lacks the scope {string.Join(", ", scopes)}.", problem);
        }

        if (context.ApiDescription.ParameterDescriptions.Any(p => p.Source.Id == "Body") || operation.RequestBody is not null)
        {
            Add(operation, "413", "The body is larger than the configured limit.", problem);
        }

        if (string.Equals(context.ApiDescription.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase))
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "Idempotency-Key",
                In = ParameterLocation.Header,
                Required = false,
                Description = "Makes a retry safe: a retry with the same key and body within 24 hours answers the first response again "
                    + "(with Idempotent-Replayed: true); the same key with another body is a 422.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = 255 },
            });
            Add(operation, "422", "The Idempotency-Key was already used with another request body.", problem);
        }

        Add(operation, "429", "Too many requests from this client; retry after Retry-After seconds.", problem, retryAfter: true);
        Add(operation, "500", "Unexpected failure; the body carries a traceId and no internals.", problem);
    }

    private static void Add(OpenApiOperation operation, string status, string description, IOpenApiSchema problem, bool retryAfter = false)
    {
        if (operation.Responses!.ContainsKey(status))
        {
            return;
        }

        var response = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = problem } },
        };
        if (retryAfter)
        {
            response.Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Retry-After"] = new OpenApiHeader { Description = "Seconds to wait before retrying.", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" } },
            };
        }

        operation.Responses[status] = response;
    }
}
