using System.Diagnostics;

namespace Iom.Api.Host.Http;

internal static class ProblemDetailsWriter
{
    /// <summary>Every problem names the request it answers and the trace to look it up by.</summary>
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Instance ??= context.HttpContext.Request.Path;
        problem.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
        if (problem.Status == StatusCodes.Status404NotFound && problem.Detail is null)
        {
            problem.Detail = "No resource or route matches this address.";
        }

        // A 403 from authorization says which scope the operation needed, so that the caller can ask for it.
        if (problem.Status == StatusCodes.Status403Forbidden && problem.Detail is null
            && context.HttpContext.GetEndpoint()?.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>() is { Count: > 0 } policies)
        {
            var scopes = policies.Select(p => p.Policy).OfType<string>().Distinct().ToList();
            problem.Detail = $"This operation needs a token with the scope {string.Join(" and ", scopes)}.";
            problem.Extensions["requiredScopes"] = scopes;
        }
    }
}
