namespace Iom.Api.Host.Http;

/// <summary>
/// Before routing: the API lives at exactly <c>/api/v1/</c> (routing alone would also serve <c>/api/v1.0/</c>,
/// <c>/api/V1/</c> and <c>/api/v01/</c>, none of them documented), and HEAD is answered wherever GET is, with GET's
/// status and headers and no body (RFC 9110 §9.3.2). Request targets and header sections over the API's limits are
/// 414 and 431 problems; Kestrel's own limits are set at twice these, so that only a grossly oversized request meets
/// Kestrel's bare answer.
/// </summary>
internal sealed class RequestShapeMiddleware(RequestDelegate next, IProblemDetailsService problems)
{
    public const int MaxTargetLength = 8 * 1024;
    public const int MaxHeaderBytes = 32 * 1024;
    private const string Documented = "/api/v1";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path;
        var target = (request.PathBase.Value?.Length ?? 0) + (path.Value?.Length ?? 0) + (request.QueryString.Value?.Length ?? 0);
        if (target > MaxTargetLength)
        {
            await RefuseAsync(context, StatusCodes.Status414UriTooLong, "URI too long", $"The request target has {target} characters; the API takes at most {MaxTargetLength}.");
            return;
        }

        var headerBytes = request.Headers.Sum(h => h.Key.Length + h.Value.Sum(v => v?.Length ?? 0) + 4);
        if (headerBytes > MaxHeaderBytes)
        {
            await RefuseAsync(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, "Request header fields too large",
                $"The headers hold {headerBytes} bytes; the API takes at most {MaxHeaderBytes}.");
            return;
        }

        if (path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            && !path.StartsWithSegments(Documented, StringComparison.Ordinal))
        {
            await RefuseAsync(context, StatusCodes.Status404NotFound, "Resource not found", $"The API is served under {Documented}/ only (lower case, major version 1).");
            return;
        }

        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        // Route and authorize as the GET it asks about; the server then sends that GET's headers without its body.
        context.Request.Method = HttpMethods.Get;
        var body = context.Response.Body;
        context.Response.Body = Stream.Null;
        context.Response.OnStarting(() =>
        {
            context.Request.Method = HttpMethods.Head;
            return Task.CompletedTask;
        });
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
            context.Request.Method = HttpMethods.Head;
        }
    }

    private async Task RefuseAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
