using System.Collections.Concurrent;
using System.Net;
using Iom.Api.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Iom.Api.IntegrationTests.Reliability;

public sealed class ObservabilityTests(string provider) : ApiTest(provider)
{
    private static readonly ConcurrentQueue<(string Category, string Message, IReadOnlyList<KeyValuePair<string, object?>> State)> Logs = new();

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Observability:PrometheusEnabled"] = "true",
    };

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider, CapturingLoggerProvider>();

    [Test]
    public async Task IncomingTraceContext_IsHonoured_AndNamedInProblems()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Http.GoverningBodies}/sessions/{Guid.NewGuid()}");
        request.Headers.Add("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        var problem = await Client.SendAsync(request).ExpectProblemAsync(HttpStatusCode.NotFound);
        Assert.That(problem.Str("traceId"), Is.EqualTo("4bf92f3577b34da6a3ce929d0e0e4736"));
    }

    [Test]
    public async Task EachRequest_LogsOneLine_WithRouteStatusDurationAndTrace_AndNothingSensitive()
    {
        var marker = "secret-" + Guid.NewGuid().ToString("N");
        var token = TestTokens.Create("logger-test", TestTokens.GoverningBodiesAll);
        using var client = AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Http.GoverningBodies}/sessions?{marker}=1")
        {
            Content = new StringContent($$"""{"body":"{{marker}}"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        using var response = await client.SendAsync(request);

        var lines = Logs.Where(l => l.Category.EndsWith("RequestLogging", StringComparison.Ordinal)
            && l.State.Any(s => s.Key == "TraceId" && (string?)s.Value == "0af7651916cd43dd8448eb211c80319c")).ToList();
        Assert.That(lines, Has.Count.EqualTo(1));
        var state = lines[0].State.ToDictionary(s => s.Key, s => s.Value);
        Assert.Multiple(() =>
        {
            Assert.That(state["Route"], Is.EqualTo("/api/v{version:apiVersion}/governing-bodies/sessions"));
            Assert.That(state["Status"], Is.EqualTo(400));
            Assert.That(state["DurationMs"], Is.GreaterThan(0));
            Assert.That(Logs.Select(l => l.Message), Has.None.Contains(marker), "no query string or body in any log");
            Assert.That(Logs.Select(l => l.Message), Has.None.Contains(token.Split('.')[2]), "no token in any log");
        });
    }

    [Test]
    public async Task Metrics_AreServedToOperatorsOnly()
    {
        await Client.GetAsync($"{Http.GoverningBodies}/bodies").ExpectAsync(HttpStatusCode.OK);
        using var operatorClient = ClientWith(["operations:read"], subject: "prometheus");
        using var response = await operatorClient.GetAsync("/metrics");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("http_server_request_duration_seconds"));
        await Client.GetAsync("/metrics").ExpectProblemAsync(HttpStatusCode.Forbidden);
        await AnonymousClient().GetAsync("/metrics").ExpectProblemAsync(HttpStatusCode.Unauthorized);
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName);

        public void Dispose()
        {
        }

        private sealed class CapturingLogger(string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                Logs.Enqueue((category, formatter(state, exception) + exception, state as IReadOnlyList<KeyValuePair<string, object?>> ?? []));
        }
    }
}
