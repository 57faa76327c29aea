namespace Iom.Api.Host.Security;

/// <summary>Headers every response carries; the API's content-security policy allows nothing, Swagger UI's only itself.</summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private const string SwaggerUiPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var swaggerUi = context.Request.Path.StartsWithSegments("/swagger") && !context.Request.Path.Value!.EndsWith(".json", StringComparison.Ordinal);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = swaggerUi ? SwaggerUiPolicy : ApiPolicy;
            headers.Remove("Server");
            headers.Remove("X-Powered-By");
            return Task.CompletedTask;
        });
        return next(context);
    }
}
