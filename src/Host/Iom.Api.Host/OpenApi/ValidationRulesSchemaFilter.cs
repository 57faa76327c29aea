using System.Reflection;
using Iom.SharedKernel.Validation;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Iom.Api.Host.OpenApi;

/// <summary>
/// Shows each body's validator rules in its schema, so generated clients and linters see what the API enforces: a
/// property the validator requires unconditionally (NotNull, NotEmpty) is required and not nullable; limits become
/// minLength/maxLength, minimum/maximum and min/maxItems. The validator is the type's own, or the one named by
/// [ValidatedAs]. In a JSON Merge Patch body nothing is required, and a property the validator requires cannot be null
/// (null would remove it).
/// </summary>
internal sealed class ValidationRulesSchemaFilter(IServiceScopeFactory scopes) : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema target || target.Properties is not { Count: > 0 })
        {
            return;
        }

        target.MinProperties ??= context.Type.GetCustomAttribute<MinPropertiesAttribute>()?.Count;
        var validatedAs = context.Type.GetCustomAttribute<ValidatedAsAttribute>();
        using var scope = scopes.CreateScope();
        var rules = ValidatorRules.Of(scope.ServiceProvider, validatedAs?.ValidatorOf ?? context.Type);
        foreach (var (name, property) in target.Properties)
        {
            foreach (var rule in rules.For(name))
            {
                if (property is OpenApiSchema propertySchema)
                {
                    ValidatorRules.Describe(propertySchema, rule.Validator);
                    if (rule.Requires)
                    {
                        propertySchema.Type &= ~JsonSchemaType.Null;
                    }
                }

                if (rule.Requires && validatedAs?.MergePatch != true)
                {
                    target.Required ??= new HashSet<string>(StringComparer.Ordinal);
                    target.Required.Add(name);
                }
            }
        }
    }
}
