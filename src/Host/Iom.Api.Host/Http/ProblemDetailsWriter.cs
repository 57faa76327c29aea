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
    }
}
