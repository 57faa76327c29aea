using Iom.Api.Host.Http;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Iom.Api.Host.Observability;

/// <summary>The <c>Observability</c> section.</summary>
internal sealed class ObservabilityOptions
{
    /// <summary>An OTLP collector (for example http://otel-collector:4317); traces and metrics go there when set.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>Serve Prometheus metrics at /metrics (operators' scope operations:read).</summary>
    public bool PrometheusEnabled { get; set; }
}

internal static class ObservabilitySetup
{
    public const string ServiceName = "iom-divisions-api";

    /// <summary>JSON logs on stdout, one line per request; OpenTelemetry traces and metrics, exported as configured.</summary>
    public static WebApplicationBuilder AddApiObservability(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Observability").Get<ObservabilityOptions>() ?? new ObservabilityOptions();
        builder.Logging.ClearProviders();
        // In code, so that it holds without a configuration file: the hosting diagnostics log every request's URL with its
        // query string (where an access_token may travel). RequestLogging writes the line per request instead.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.Logging.AddJsonConsole(json =>
        {
            json.IncludeScopes = false;
            json.UseUtcTimestamp = true;
            json.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
        });

        // Collecting traces and metrics costs on every request; do it only when something exports them.
        if (string.IsNullOrWhiteSpace(options.OtlpEndpoint) && !options.PrometheusEnabled)
        {
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health")).AddSqlClientInstrumentation())
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddRuntimeInstrumentation();
                if (options.PrometheusEnabled)
                {
                    metrics.AddPrometheusExporter();
                }
            });
        if (!string.IsNullOrWhiteSpace(options.OtlpEndpoint))
        {
            telemetry.UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.Grpc, new Uri(options.OtlpEndpoint));
        }

        return builder;
    }

    public static void MapApiMetrics(this WebApplication app)
    {
        var options = app.Configuration.GetSection("Observability").Get<ObservabilityOptions>() ?? new ObservabilityOptions();
        if (options.PrometheusEnabled)
        {
            app.MapPrometheusScrapingEndpoint("/metrics").RequireAuthorization(OperationsEndpoints.Read).DisableRateLimiting();
        }
    }
}
