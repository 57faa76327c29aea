using System.Globalization;
using System.Reflection;
using FluentValidation;
using FluentValidation.Validators;
using Iom.SharedKernel.Validation;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Iom.Api.Host.OpenApi;

/// <summary>
/// Shows each body's validator limits in its schema (maxLength, minimum/maximum, maxItems), so generated clients and
/// linters see the same bounds the API enforces. The validator is the type's own, or the one named by [ValidatedAs].
/// </summary>
internal sealed class ValidationRulesSchemaFilter(IServiceScopeFactory scopes) : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema target || target.Properties is not { Count: > 0 })
        {
            return;
        }

        var validatedType = context.Type.GetCustomAttribute<ValidatedAsAttribute>()?.ValidatorOf ?? context.Type;
        using var scope = scopes.CreateScope();
        // Rules shared through Include(...) live in validators of the interfaces the type implements.
        var validators = validatedType.GetInterfaces().Prepend(validatedType)
            .SelectMany(t => scope.ServiceProvider.GetServices(typeof(IValidator<>).MakeGenericType(t)))
            .OfType<IValidator>();
        foreach (var descriptor in validators.Select(v => v.CreateDescriptor()))
        {
            foreach (var (name, property) in target.Properties)
            {
                if (property is not OpenApiSchema propertySchema)
                {
                    continue;
                }

                var member = descriptor.GetMembersWithValidators().Select(g => g.Key).FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
                if (member is null)
                {
                    continue;
                }

                foreach (var validator in descriptor.GetValidatorsForMember(member).Select(v => v.Validator))
                {
                    Describe(propertySchema, validator);
                }
            }
        }
    }

    private static void Describe(OpenApiSchema schema, IPropertyValidator validator)
    {
        switch (validator)
        {
            case ILengthValidator length when length.Max > 0:
                schema.MaxLength = schema.MaxLength is { } max ? Math.Min(max, length.Max) : length.Max;
                if (length.Min > 0)
                {
                    schema.MinLength = length.Min;
                }

                break;
            case IBetweenValidator { From: IConvertible from, To: IConvertible to }:
                schema.Minimum = from.ToString(CultureInfo.InvariantCulture);
                schema.Maximum = to.ToString(CultureInfo.InvariantCulture);
                break;
            case IMaximumItemsValidator items:
                schema.MaxItems = items.Max;
                break;
        }
    }
}
