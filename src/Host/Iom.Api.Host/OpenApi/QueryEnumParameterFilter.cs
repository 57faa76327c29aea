using System.Reflection;
using Iom.SharedKernel.Text;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Iom.Api.Host.OpenApi;

/// <summary>Documents a <see cref="QueryEnumAttribute"/> text filter as the enum it names, so clients see the allowed values.</summary>
internal sealed class QueryEnumParameterFilter : IParameterFilter
{
    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
    {
        var attribute = context.PropertyInfo?.GetCustomAttribute<QueryEnumAttribute>()
            ?? context.ParameterInfo?.GetCustomAttribute<QueryEnumAttribute>();
        if (attribute is not null && parameter is OpenApiParameter writable)
        {
            writable.Schema = context.SchemaGenerator.GenerateSchema(attribute.EnumType, context.SchemaRepository);
        }
    }
}
