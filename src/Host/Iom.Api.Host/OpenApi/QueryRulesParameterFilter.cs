using Iom.SharedKernel.Paging;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Iom.Api.Host.OpenApi;

/// <summary>
/// Shows a query's validator rules on its parameters (a year's range, a text's length, a required filter), and the page
/// size every keyset list enforces on <c>limit</c>.
/// </summary>
internal sealed class QueryRulesParameterFilter(IServiceScopeFactory scopes) : IParameterFilter
{
    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
    {
        if (parameter is not OpenApiParameter writable || context.PropertyInfo?.DeclaringType is not { } query)
        {
            return;
        }

        using var scope = scopes.CreateScope();
        var rules = ValidatorRules.Of(scope.ServiceProvider, query).For(context.PropertyInfo.Name).ToList();
        foreach (var rule in rules)
        {
            if (writable.Schema is OpenApiSchema schema)
            {
                ValidatorRules.Describe(schema, rule.Validator);
            }

            writable.Required |= rule.Requires;
        }

        if (string.Equals(context.PropertyInfo.Name, "Limit", StringComparison.Ordinal) && rules.Count == 0 && writable.Schema is OpenApiSchema limit)
        {
            limit.Minimum = "1";
            limit.Maximum = KeysetList<object>.MaxLimit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
