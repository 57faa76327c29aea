using System.Net;
using System.Text;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.Security;

public sealed class ProtectionTests(string provider) : ApiTest(provider)
{
    [Test]
    public async Task OversizedBody_Is413AndWritesNothing()
    {
        var number = Unique();
        var padding = new string('x', 2 * 1024 * 1024);
        var body = $$"""{"body":"council","kind":"regular","number":{{number}},"title":{"en":"{{padding}}"},"startDate":"2024-11-26","endDate":"2024-11-28","venue":"Geneva","format":"hybrid"}""";
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        await Client.PostAsync($"{Http.GoverningBodies}/sessions", content).ExpectProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        var list = await Client.GetAsync($"{Http.GoverningBodies}/sessions?limit=200").ExpectAsync(HttpStatusCode.OK);
        Assert.That(list["items"]!.AsArray().Select(s => (int)s!["number"]!), Does.Not.Contain(number));
    }

    [Test]
    public async Task StringsLongerThanTheirLimit_Are400()
    {
        var body = new
        {
            body = "council", kind = "regular", number = Unique(), title = new { en = new string('t', 501) },
            startDate = "2024-11-26", endDate = "2024-11-28", venue = new string('v', 201), format = "hybrid",
        };
        await Client.PostJsonAsync($"{Http.GoverningBodies}/sessions", body).ExpectFieldErrorsAsync("title.en", "venue");
    }

    [Test]
    public async Task MassAssignment_OfServerFields_Is400()
    {
        foreach (var field in new[] { "id", "createdBy", "version", "status" })
        {
            var json = $$"""{"{{field}}":"x","body":"council","kind":"regular","number":1,"title":{"en":"t"},"startDate":"2024-11-26","endDate":"2024-11-28","venue":"Geneva","format":"hybrid"}""";
            await Client.PostJsonAsync($"{Http.GoverningBodies}/sessions", json).ExpectFieldErrorsAsync(field);
        }
    }

    [Test]
    public async Task SecurityHeaders_OnEveryResponse_SuccessOrProblem()
    {
        foreach (var url in new[] { $"{Http.GoverningBodies}/bodies", $"{Http.GoverningBodies}/sessions/{Guid.NewGuid()}", "/health/live" })
        {
            using var response = await Client.GetAsync(url);
            Assert.Multiple(() =>
            {
                Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }), url);
                Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.StartWith("default-src 'none'"), url);
                Assert.That(response.Headers.GetValues("Referrer-Policy"), Is.EqualTo(new[] { "no-referrer" }), url);
                Assert.That(response.Headers.Contains("Server"), Is.False, url);
            });
        }
    }

    [Test]
    public async Task Responses_TellTheClientItsRateLimit()
    {
        using var response = await Client.GetAsync($"{Http.GoverningBodies}/bodies");
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.GetValues("RateLimit-Limit").Single(), Is.EqualTo("1000000"));
            Assert.That(response.Headers.GetValues("RateLimit-Reset").Single(), Is.EqualTo("10"));
            Assert.That(response.Headers.GetValues("RateLimit-Policy").Single(), Is.EqualTo("1000000;w=10"));
        });
    }

    [Test]
    public async Task CorsIsClosedByDefault()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, $"{Http.GoverningBodies}/sessions");
        preflight.Headers.Add("Origin", "https://app.iom.int");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        using var response = await AnonymousClient().SendAsync(preflight);
        Assert.That(response.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
    }
}

public sealed class CorsTests(string provider) : ApiTest(provider)
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Cors:AllowedOrigins:0"] = "https://app.iom.int",
    };

    [TestCase("https://app.iom.int", true)]
    [TestCase("https://evil.example", false)]
    public async Task Preflight_AllowsOnlyConfiguredOrigins(string origin, bool allowed)
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, $"{Http.GoverningBodies}/sessions");
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,if-match");
        using var client = AnonymousClient();
        using var response = await client.SendAsync(preflight);
        Assert.That(response.Headers.Contains("Access-Control-Allow-Origin"), Is.EqualTo(allowed));
        if (allowed)
        {
            Assert.That(response.Headers.GetValues("Access-Control-Allow-Origin").Single(), Is.EqualTo(origin));
        }
    }
}

public sealed class RateLimitTests(string provider) : ApiTest(provider)
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["RateLimiting:PermitLimit"] = "5",
        ["RateLimiting:WindowSeconds"] = "60",
    };

    [Test]
    public async Task Burst_Is429WithRetryAfter_PerClient_AndHealthIsNeverLimited()
    {
        using var burst = ClientWith(TestTokens.GoverningBodiesAll, subject: "bursty");
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 8; i++)
        {
            var response = await burst.GetAsync($"{Http.GoverningBodies}/bodies");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited ??= response;
            }
        }

        Assert.That(statuses.Take(5), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(statuses.Skip(5), Is.All.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(limited!.Headers.RetryAfter?.Delta?.TotalSeconds, Is.GreaterThan(0));
        Assert.That(limited.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));

        using var other = ClientWith(TestTokens.GoverningBodiesAll, subject: "patient");
        await other.GetAsync($"{Http.GoverningBodies}/bodies").ExpectAsync(HttpStatusCode.OK);
        for (var i = 0; i < 10; i++)
        {
            await burst.GetAsync("/health/live").ExpectAsync(HttpStatusCode.OK);
        }
    }
}
