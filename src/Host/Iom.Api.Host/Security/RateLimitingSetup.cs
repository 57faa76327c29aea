using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;

namespace Iom.Api.Host.Security;

/// <summary>The <c>RateLimiting</c> section: requests each client may make per window.</summary>
internal sealed class RateLimitingOptions
{
    public int PermitLimit { get; set; } = 600;

    public int WindowSeconds { get; set; } = 10;
}

internal static class RateLimitingSetup
{
    /// <summary>
    /// A fixed window per client: the token's subject, else the remote address. Health checks are never limited. A
    /// rejected request is a 429 problem with Retry-After (ASP.NET Core's limiter would answer 503).
    /// </summary>
    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("RateLimiting").Get<RateLimitingOptions>() ?? new RateLimitingOptions();
        var global = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            context.Request.Path.StartsWithSegments("/health")
                ? RateLimitPartition.GetNoLimiter("health")
                : RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.PermitLimit,
                    Window = TimeSpan.FromSeconds(options.WindowSeconds),
                    QueueLimit = 0,
                }));
        services.AddSingleton(new RateLimitHeaders(options));
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = global;
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(options.WindowSeconds);
                var http = rejected.HttpContext;
                http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = $"This client may make {options.PermitLimit} requests every {options.WindowSeconds} seconds. Retry after the seconds in Retry-After.",
                    },
                });
            };
        });
        return services;
    }

    /// <summary>Tells every client its budget (IETF httpapi RateLimit headers): limit, what is left, and the window.</summary>
    public static WebApplication UseRateLimitHeaders(this WebApplication app)
    {
        var headers = app.Services.GetRequiredService<RateLimitHeaders>();
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                headers.Write(context);
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    private static string ClientKey(HttpContext context) =>
        context.User.FindFirst("sub")?.Value is { } subject ? "sub:" + subject : "ip:" + context.Connection.RemoteIpAddress;
}

/// <summary>
/// The client's budget as constant headers: policy, limit and window. No RateLimit-Remaining: reading it costs a second
/// partition lookup under the limiter's lock on every request (the benchmark showed it), and a client learns it is out
/// from the 429 and its Retry-After.
/// </summary>
internal sealed class RateLimitHeaders(RateLimitingOptions options)
{
    private readonly string _limit = options.PermitLimit.ToString(CultureInfo.InvariantCulture);
    private readonly string _window = options.WindowSeconds.ToString(CultureInfo.InvariantCulture);
    private readonly string _policy = $"{options.PermitLimit};w={options.WindowSeconds}";

    public void Write(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/health"))
        {
            return;
        }

        var headers = context.Response.Headers;
        headers["RateLimit-Policy"] = _policy;
        headers["RateLimit-Limit"] = _limit;
        headers["RateLimit-Reset"] = _window;
    }
}
