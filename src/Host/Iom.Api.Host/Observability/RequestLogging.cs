using System.Diagnostics;

namespace Iom.Api.Host.Observability;

/// <summary>
/// One structured line per request: method, route template, path, status, duration and trace id. Never the query string,
/// headers or body, so no token, key or personal data reaches the logs.
/// </summary>
internal sealed partial class RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();

        // Routing has run already; read the route now, since the exception handler clears the endpoint on errors.
        var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";
        try
        {
            await next(context);
        }
        finally
        {
            LogRequest(
                logger, context.Request.Method, route, context.Request.Path.Value ?? string.Empty, context.Response.StatusCode,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds, Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "HTTP {Method} {Route} {Path} answered {Status} in {DurationMs} ms (trace {TraceId})")]
    private static partial void LogRequest(ILogger logger, string method, string route, string path, int status, double durationMs, string traceId);
}
