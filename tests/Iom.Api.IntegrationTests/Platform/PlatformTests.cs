using System.Net;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.Platform;

public sealed class PlatformTests(string provider) : ApiTest(provider)
{
    [Test]
    public async Task HealthLive_Answers200()
    {
        var health = await Client.GetAsync("/health/live").ExpectAsync(HttpStatusCode.OK);
        Assert.That(health.Str("status"), Is.EqualTo("Healthy"));
    }

    [Test]
    public async Task HealthReady_ReportsEveryModuleMigrated()
    {
        var health = await Client.GetAsync("/health/ready").ExpectAsync(HttpStatusCode.OK);
        var stores = health["checks"]!["databases"]!["data"]!.AsObject();
        Assert.That(stores.Select(s => s.Key), Is.EquivalentTo(new[] { "governing_bodies", "donor_relations", "research", "migration_data" }));
        foreach (var (module, store) in stores)
        {
            Assert.That(store!["status"]!.GetValue<string>(), Is.EqualTo("Healthy"), module);
            Assert.That(store["description"]!.GetValue<string>(), Is.EqualTo("migrated"), module);
        }
    }

    [Test]
    public async Task Responses_ReportSupportedApiVersions()
    {
        using var response = await Client.GetAsync($"{Http.GoverningBodies}/bodies");
        Assert.That(response.Headers.GetValues("api-supported-versions"), Does.Contain("1"));
    }

    [Test]
    public async Task UnknownApiVersion_IsAProblem()
    {
        using var response = await Client.GetAsync("/api/v9/governing-bodies/bodies");
        Assert.That((int)response.StatusCode, Is.AnyOf(400, 404));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [TestCase("/api/v1.0/governing-bodies/bodies")]
    [TestCase("/api/V1/governing-bodies/bodies")]
    [TestCase("/api/v01/governing-bodies/bodies")]
    [TestCase("/API/v1/governing-bodies/bodies")]
    [TestCase("/api/v2/governing-bodies/bodies")]
    public async Task UndocumentedVersionSegments_Are404Problems(string path)
    {
        var problem = await Client.GetAsync(path).ExpectProblemAsync(HttpStatusCode.NotFound);
        Assert.That(problem.Str("detail"), Does.Contain("/api/v1/"));
    }

    [Test]
    public async Task OversizedTargetsAndHeaders_Are414And431Problems()
    {
        var longQuery = await Client.GetAsync($"{Http.GoverningBodies}/sessions?q={new string('a', 9000)}").ExpectProblemAsync(HttpStatusCode.RequestUriTooLong);
        Assert.That(longQuery.Str("detail"), Does.Contain("8192"));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Http.GoverningBodies}/bodies");
        request.Headers.TryAddWithoutValidation("X-Padding", new string('b', 40_000));
        using var response = await Client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestHeaderFieldsTooLarge));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task Head_AnswersAsGetDoes_WithoutABody()
    {
        using var get = await Client.GetAsync($"{Http.GoverningBodies}/bodies");
        using var head = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"{Http.GoverningBodies}/bodies"));
        Assert.That(head.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(head.Content.Headers.ContentType?.MediaType, Is.EqualTo(get.Content.Headers.ContentType?.MediaType));
        Assert.That(await head.Content.ReadAsByteArrayAsync(), Is.Empty);
        using var anonymous = AnonymousClient();
        using var unauthorized = await anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"{Http.GoverningBodies}/bodies"));
        Assert.That(unauthorized.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "HEAD is authorized as the GET it asks about");
    }

    [Test]
    public async Task UnknownRoute_Is404Problem() =>
        await Client.GetAsync($"{Http.GoverningBodies}/no-such-thing").ExpectProblemAsync(HttpStatusCode.NotFound);

    [Test]
    public async Task MalformedJson_Is400Problem() =>
        await Client.PostJsonAsync($"{Http.GoverningBodies}/sessions", "{\"body\": \"council\",").ExpectFieldErrorsAsync("body");

    [Test]
    public async Task WrongJsonType_Is400NamingTheField()
    {
        var problem = await Client.PostJsonAsync($"{Http.GoverningBodies}/sessions", "{\"body\":\"council\",\"number\":\"one hundred\"}").ExpectFieldErrorsAsync("number");
        Assert.That(problem.ToJsonString(), Does.Not.Contain("Iom."), "no .NET type names in problems");
    }

    [Test]
    public async Task UnknownEnumValue_Is400NamingTheField() =>
        await Client.PostJsonAsync($"{Http.GoverningBodies}/sessions", "{\"body\":\"council\",\"kind\":\"extraordinary\"}").ExpectFieldErrorsAsync("kind");

    [Test]
    public async Task UnknownJsonProperty_Is400_SoClientsCannotSetServerFields()
    {
        var problem = await Client.PostJsonAsync($"{Http.GoverningBodies}/sessions", "{\"body\":\"council\",\"version\":7}").ExpectFieldErrorsAsync("version");
        Assert.That(problem["errors"]!["version"]![0]!.GetValue<string>(), Does.Contain("not part of the request"));
    }

    [Test]
    public async Task WrongMediaType_Is415Problem()
    {
        using var content = new StringContent("body=council", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        await Client.PostAsync($"{Http.GoverningBodies}/sessions", content).ExpectProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task UnknownQueryParameter_Is400()
    {
        var problem = await Client.GetAsync($"{Http.GoverningBodies}/sessions?bodyy=council").ExpectFieldErrorsAsync("bodyy");
        Assert.That(problem["errors"]!["bodyy"]![0]!.GetValue<string>(), Does.Contain("body"));
    }

    [Test]
    public async Task BadRouteValue_Is404NotA500() =>
        await Client.GetAsync($"{Http.GoverningBodies}/sessions/not-a-guid").ExpectProblemAsync(HttpStatusCode.NotFound);

    [Test]
    public async Task BadQueryValue_Is400NamingTheParameter()
    {
        var problem = await Client.GetAsync($"{Http.GoverningBodies}/sessions?year=twenty").ExpectFieldErrorsAsync("year");
        Assert.That(problem.ToJsonString(), Does.Not.Contain("Nullable"));
    }

    [Test]
    public async Task AnUnknownFilterValue_Is400NamingTheParameterAndTheAllowedValues()
    {
        foreach (var path in new[] { "sessions", "sessions/calendar" })
        {
            var problem = await Client.GetAsync($"{Http.GoverningBodies}/{path}?body=nope").ExpectFieldErrorsAsync("body");
            Assert.That(problem["errors"]!["body"]![0]!.GetValue<string>(), Does.Contain("council, scpf"), path);
        }

        using var data = ClientWith(TestTokens.MigrationDataAll);
        await data.GetAsync($"/api/v1/migration-data/datasets?partnerId={Guid.NewGuid()}").ExpectFieldErrorsAsync("partnerId");
    }

    [Test]
    public async Task Bodies_AreSeededWithTheirNoticeRules()
    {
        var bodies = (await Client.GetAsync($"{Http.GoverningBodies}/bodies").ExpectAsync(HttpStatusCode.OK))["items"]!.AsArray();
        var council = bodies.Single(b => b!.Str("code") == "council")!;
        var scpf = bodies.Single(b => b!.Str("code") == "scpf")!;
        Assert.Multiple(() =>
        {
            Assert.That(bodies.Select(b => b!.Str("code")), Is.EquivalentTo(new[] { "council", "scpf", "idm", "informalConsultations", "ministerialConference" }));
            Assert.That((int)council["regularNoticeDays"]!, Is.EqualTo(30));
            Assert.That((int)council["specialNoticeDays"]!, Is.EqualTo(15));
            Assert.That((int)scpf["regularNoticeDays"]!, Is.EqualTo(14));
            Assert.That(council["name"]!.Str("fr"), Is.EqualTo("Conseil"));
            Assert.That((bool)scpf["meetsInPrivate"]!, Is.True);
        });
    }

    [Test]
    public async Task ConcurrentWrites_AllSucceed_WithoutDatabaseLockedErrors()
    {
        var numbers = Enumerable.Range(0, 12).Select(_ => Unique()).ToList();
        var responses = await Task.WhenAll(numbers.Select(n =>
            Client.PostJsonAsync($"{Http.GoverningBodies}/sessions", GoverningBodiesApi.SessionBody(n, body: "scpf"))));
        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.Created));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Test]
    public async Task ConcurrentDuplicates_OneWins_TheOthersAre409()
    {
        var number = Unique();
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            Client.PostJsonAsync($"{Http.GoverningBodies}/sessions", GoverningBodiesApi.SessionBody(number))));
        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.Created), Is.EqualTo(1));
        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.Conflict), Is.EqualTo(5));
        var list = await Client.GetAsync($"{Http.GoverningBodies}/sessions?body=council&limit=200").ExpectAsync(HttpStatusCode.OK);
        Assert.That(list["items"]!.AsArray().Count(s => (int)s!["number"]! == number), Is.EqualTo(1));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }
}
