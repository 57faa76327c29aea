using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Iom.Api.IntegrationTests.Infrastructure;
using Microsoft.IdentityModel.Tokens;

namespace Iom.Api.IntegrationTests.Security;

public sealed class AuthenticationTests(string provider) : ApiTest(provider)
{
    private const string Bodies = Http.GoverningBodies + "/bodies";

    private static IEnumerable<TestCaseData> BadTokens()
    {
        string[] scopes = TestTokens.GoverningBodiesAll;
        yield return new TestCaseData((Func<string?>)(() => null)).SetArgDisplayNames("no token");
        yield return new TestCaseData((Func<string?>)(() => TestTokens.Create("u", scopes, expires: DateTime.UtcNow.AddMinutes(-5)))).SetArgDisplayNames("expired");
        yield return new TestCaseData((Func<string?>)(() => TestTokens.Create("u", scopes, issuer: "https://someone-else.example"))).SetArgDisplayNames("wrong issuer");
        yield return new TestCaseData((Func<string?>)(() => TestTokens.Create("u", scopes, audience: "another-api"))).SetArgDisplayNames("wrong audience");
        yield return new TestCaseData((Func<string?>)(() => TestTokens.Create("u", scopes, signingKey: new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256))))).SetArgDisplayNames("wrong key");
        yield return new TestCaseData((Func<string?>)(() => TestTokens.Create("u", scopes, signingKey: new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)), algorithm: SecurityAlgorithms.HmacSha256))).SetArgDisplayNames("HS256");
        yield return new TestCaseData((Func<string?>)(() => AlgNone(TestTokens.Create("u", scopes)))).SetArgDisplayNames("alg none");
        yield return new TestCaseData((Func<string?>)(() => Tampered(TestTokens.Create("u", ["governing-bodies:read"])))).SetArgDisplayNames("tampered payload");
        yield return new TestCaseData((Func<string?>)(() => "not.a.jwt")).SetArgDisplayNames("garbage");
        yield return new TestCaseData((Func<string?>)(() => TestTokens.Create(null, scopes))).SetArgDisplayNames("no subject");
        yield return new TestCaseData((Func<string?>)(() => TestTokens.Create("", scopes))).SetArgDisplayNames("empty subject");
        yield return new TestCaseData((Func<string?>)(() => TestTokens.Create(new string('u', 10_000), scopes))).SetArgDisplayNames("10 kB subject");
        yield return new TestCaseData((Func<string?>)(() => TestTokens.Create("u", scopes, headers: new Dictionary<string, object> { ["crit"] = new[] { "urn:example:must-understand" }, ["urn:example:must-understand"] = true })))
            .SetArgDisplayNames("unknown crit");
        yield return new TestCaseData((Func<string?>)(() => TestTokens.Create("u", scopes, expires: new DateTime(9999, 12, 31, 0, 0, 0, DateTimeKind.Utc), issuedAt: DateTime.UtcNow)))
            .SetArgDisplayNames("valid until 9999");
        yield return new TestCaseData((Func<string?>)(() => TestTokens.Create("u", scopes, expires: new DateTime(9999, 12, 31, 0, 0, 0, DateTimeKind.Utc))))
            .SetArgDisplayNames("valid until 9999, issued in 9999");
        yield return new TestCaseData((Func<string?>)(() => TestTokens.Create("u", scopes, expires: DateTime.UtcNow.AddHours(25), issuedAt: DateTime.UtcNow)))
            .SetArgDisplayNames("valid for 25 hours");
    }

    [TestCaseSource(nameof(BadTokens))]
    public async Task BadToken_Is401WithBearerChallenge_AndAProblem(Func<string?> token)
    {
        using var client = AnonymousClient();
        var value = token();
        if (value is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", value);
        }

        using var response = await client.GetAsync(Bodies);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.Headers.WwwAuthenticate.Select(h => h.Scheme), Does.Contain("Bearer"));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task ValidToken_WithinTheClockSkew_IsAccepted()
    {
        using var client = AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create("u", TestTokens.GoverningBodiesAll, expires: DateTime.UtcNow.AddSeconds(-5)));
        using var response = await client.GetAsync(Bodies);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task AnotherModulesScopes_Are403()
    {
        using var client = ClientWith(["donor-relations:read", "donor-relations:write"]);
        await client.GetAsync(Bodies).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await client.PostJsonAsync($"{Http.GoverningBodies}/sessions", GoverningBodiesApi.SessionBody(Unique())).ExpectProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task ReadScope_ReadsButCannotWrite()
    {
        using var reader = ClientWith(["governing-bodies:read"]);
        await reader.GetAsync(Bodies).ExpectAsync(HttpStatusCode.OK);
        await reader.PostJsonAsync($"{Http.GoverningBodies}/sessions", GoverningBodiesApi.SessionBody(Unique())).ExpectProblemAsync(HttpStatusCode.Forbidden);
        using var writer = ClientWith(["governing-bodies:write"]);
        await writer.GetAsync(Bodies).ExpectProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task HealthAndDocumentation_AreTheOnlyAnonymousRoutes()
    {
        using var client = AnonymousClient();
        await client.GetAsync("/health/live").ExpectAsync(HttpStatusCode.OK);
        await client.GetAsync("/health/ready").ExpectAsync(HttpStatusCode.OK);
        await client.GetAsync("/swagger/v1/swagger.json").ExpectAsync(HttpStatusCode.OK);
        using var ui = await client.GetAsync("/swagger/index.html");
        Assert.That(ui.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await client.GetAsync($"{Http.GoverningBodies}/no-such-route").ExpectProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task CreatedByAndUpdatedBy_ComeFromTheToken()
    {
        using var alice = ClientWith(TestTokens.GoverningBodiesAll, subject: "alice@iom.int");
        using var bob = ClientWith(TestTokens.GoverningBodiesAll, subject: "bob@iom.int");
        var session = await alice.ScheduleSessionAsync(Unique());
        var moved = await bob.MoveSessionAsync(session.Id(), "send-notice");
        Assert.Multiple(() =>
        {
            Assert.That(moved.Str("createdBy"), Is.EqualTo("alice@iom.int"));
            Assert.That(moved.Str("updatedBy"), Is.EqualTo("bob@iom.int"));
        });
    }

    private static string AlgNone(string token)
    {
        var parts = token.Split('.');
        var header = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes("""{"alg":"none","typ":"JWT"}"""));
        return $"{header}.{parts[1]}.";
    }

    private static string Tampered(string token)
    {
        var parts = token.Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1]))
            .Replace("governing-bodies:read", "governing-bodies:read governing-bodies:write governing-bodies:restricted", StringComparison.Ordinal);
        return $"{parts[0]}.{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(payload))}.{parts[2]}";
    }
}
