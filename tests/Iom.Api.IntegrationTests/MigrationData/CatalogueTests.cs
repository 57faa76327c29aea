using System.Net;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.MigrationData;

/// <summary>Partners, datasets, editions and indicators: what they refuse.</summary>
public sealed class CatalogueTests(string provider) : ApiTest(provider)
{
    private HttpClient _data = null!;

    [OneTimeSetUp]
    public void CreateClient() => _data = ClientWith(TestTokens.MigrationDataAll);

    /// <summary>After the releases the tests record: a release or pledge is never in the future.</summary>
    [SetUp]
    public void ResetClock() => Clock.Set(new DateTimeOffset(2025, 6, 2, 9, 0, 0, TimeSpan.Zero));

    [OneTimeTearDown]
    public void DisposeClient() => _data.Dispose();

    [Test]
    public async Task Codes_AreUnique_AndReferencesMustExist()
    {
        var (datasetId, code) = await _data.CreateDatasetAsync($"DS-{Unique()}");
        var partners = await _data.GetAsync($"{MigrationDataApi.Root}/partners").ExpectAsync(HttpStatusCode.OK);
        var partnerId = partners["items"]!.AsArray().Single(p => p!.Str("code") == $"P-{code}")!.Id();
        var duplicate = await _data.PostJsonAsync($"{MigrationDataApi.Root}/datasets", new { code, partnerId, title = new { en = "Again" } }).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(duplicate.Str("code"), Is.EqualTo("duplicate"));
        await _data.PostJsonAsync($"{MigrationDataApi.Root}/datasets", new { code = $"DS-{Unique()}", partnerId = Guid.NewGuid(), title = new { en = "x" } }).ExpectFieldErrorsAsync("partnerId");
        await _data.CreateEditionAsync(datasetId, "2024", "2024-12-18");
        await _data.PostJsonAsync($"{MigrationDataApi.Root}/datasets/{datasetId}/editions", new { edition = "2024", releasedOn = "2024-12-18" }).ExpectProblemAsync(HttpStatusCode.Conflict);
        var editions = await _data.GetAsync($"{MigrationDataApi.Root}/datasets/{datasetId}/editions").ExpectAsync(HttpStatusCode.OK);
        Assert.That(editions["items"]!.AsArray().Select(e => e!.Str("edition")), Is.EqualTo(new[] { "2024" }));
        await _data.GetAsync($"{MigrationDataApi.Root}/datasets/{Guid.NewGuid()}/editions").ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task BadCatalogueEntries_Are400NamingTheField()
    {
        await _data.PostJsonAsync($"{MigrationDataApi.Root}/partners", new { code = "lower case", name = "", kind = "academic" }).ExpectFieldErrorsAsync("code", "name");
        await _data.PostJsonAsync($"{MigrationDataApi.Root}/partners", new { code = "OK", name = "Ok", kind = "bank" }).ExpectFieldErrorsAsync("kind");
        await _data.PostJsonAsync($"{MigrationDataApi.Root}/partners", new { code = "OK", name = "Ok", kind = "academic", website = "http://insecure.example" })
            .ExpectFieldErrorsAsync("website");
        var (datasetId, _) = await _data.CreateDatasetAsync($"DS-{Unique()}");
        await _data.PostJsonAsync($"{MigrationDataApi.Root}/datasets/{datasetId}/editions", new { edition = "2025", releasedOn = "2025-06-03" }).ExpectFieldErrorsAsync("releasedOn");
        await _data.PostJsonAsync($"{MigrationDataApi.Root}/datasets/{datasetId}/editions", new { edition = "2024", releasedOn = "2024-12-18", retrievedOn = "2024-01-01" })
            .ExpectFieldErrorsAsync("retrievedOn");
        await _data.PostJsonAsync($"{MigrationDataApi.Root}/indicators", new { code = "X.1", name = new { en = "x" }, unit = "", sdgIndicator = "ten", gcmObjective = 24 })
            .ExpectFieldErrorsAsync("unit", "sdgIndicator", "gcmObjective");
    }

    [Test]
    public async Task Indicators_AreFoundByCodeOrText()
    {
        await _data.PostJsonAsync($"{MigrationDataApi.Root}/indicators", new
        {
            code = "SM.POP.TOTL", name = new { en = "International migrant stock, total", fr = "Stock de migrants internationaux, total" }, unit = "persons",
            topic = "migrant stocks", sdgIndicator = "10.7.2", gcmObjective = 1,
        }).ExpectAsync(HttpStatusCode.Created);
        var found = await _data.GetAsync($"{MigrationDataApi.Root}/indicators?q=migrants").ExpectAsync(HttpStatusCode.OK);
        Assert.That(found["items"]!.AsArray().Select(i => i!.Str("code")), Is.EqualTo(new[] { "SM.POP.TOTL" }));
        var one = await _data.GetAsync($"{MigrationDataApi.Root}/indicators/SM.POP.TOTL").ExpectAsync(HttpStatusCode.OK);
        Assert.That(one.Str("sdgIndicator"), Is.EqualTo("10.7.2"));
        await _data.GetAsync($"{MigrationDataApi.Root}/indicators/NOPE").ExpectProblemAsync(HttpStatusCode.NotFound);
        await _data.PostJsonAsync($"{MigrationDataApi.Root}/indicators", new { code = "SM.POP.TOTL", name = new { en = "x" }, unit = "persons" }).ExpectProblemAsync(HttpStatusCode.Conflict);
    }
}
