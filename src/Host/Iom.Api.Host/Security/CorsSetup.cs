namespace Iom.Api.Host.Security;

internal static class CorsSetup
{
    /// <summary>Closed unless <c>Cors:AllowedOrigins</c> names front-end origins; then those, with the headers clients need to read.</summary>
    public static IServiceCollection AddApiCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        services.AddCors(cors => cors.AddDefaultPolicy(policy =>
        {
            if (origins.Length > 0)
            {
                policy.WithOrigins(origins)
                    .WithMethods("GET", "POST", "PATCH", "PUT", "DELETE")
                    .WithHeaders("Authorization", "Content-Type", "If-Match", "If-None-Match", "Idempotency-Key", "traceparent")
                    .WithExposedHeaders("ETag", "Location", "Retry-After", "api-supported-versions", "Idempotent-Replayed", "RateLimit-Limit", "RateLimit-Reset", "RateLimit-Policy")
                    .SetPreflightMaxAge(TimeSpan.FromHours(1));
            }
        }));
        return services;
    }
}
