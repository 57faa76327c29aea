using System.Reflection;
using System.Text.Json;
using Iom.SharedKernel.Errors;
using Microsoft.AspNetCore.Mvc;

namespace Iom.Api.Host.Http;

/// <summary>
/// A query parameter an endpoint does not declare is a 400, not silently ignored: a misspelt filter would otherwise
/// return an unfiltered list that looks like an answer.
/// </summary>
internal static class UnknownQueryParameters
{
    public static EndpointFilterDelegate RejectFactory(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var allowed = new HashSet<string>(DeclaredQueryNames(context.MethodInfo), StringComparer.OrdinalIgnoreCase);
        return invocation =>
        {
            foreach (var key in invocation.HttpContext.Request.Query.Keys)
            {
                if (!allowed.Contains(key))
                {
                    var known = allowed.Count == 0 ? "This operation takes no query parameters." : $"Known: {string.Join(", ", allowed.Order())}.";
                    throw Invalid.Field(key, $"Unknown query parameter '{key}'. {known}");
                }
            }

            return next(invocation);
        };
    }

    private static IEnumerable<string> DeclaredQueryNames(MethodInfo method)
    {
        foreach (var parameter in method.GetParameters())
        {
            if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                foreach (var name in ParameterObjectNames(parameter.ParameterType))
                {
                    yield return JsonNamingPolicy.CamelCase.ConvertName(name);
                }
            }
            else if (parameter.GetCustomAttribute<FromQueryAttribute>() is { } fromQuery)
            {
                yield return fromQuery.Name ?? parameter.Name!;
            }
        }
    }

    private static IEnumerable<string> ParameterObjectNames(Type type)
    {
        var constructorParameters = type.GetConstructors().SelectMany(c => c.GetParameters()).ToList();
        foreach (var property in type.GetProperties())
        {
            var fromQuery = property.GetCustomAttribute<FromQueryAttribute>()
                ?? constructorParameters.FirstOrDefault(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase))
                    ?.GetCustomAttribute<FromQueryAttribute>();
            var notQuery = property.GetCustomAttribute<FromRouteAttribute>() is not null
                || property.GetCustomAttribute<FromHeaderAttribute>() is not null
                || property.GetCustomAttribute<FromServicesAttribute>() is not null
                || constructorParameters.Any(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase)
                    && (p.GetCustomAttribute<FromRouteAttribute>() is not null || p.GetCustomAttribute<FromHeaderAttribute>() is not null));
            if (!notQuery)
            {
                yield return fromQuery?.Name ?? property.Name;
            }
        }
    }
}
