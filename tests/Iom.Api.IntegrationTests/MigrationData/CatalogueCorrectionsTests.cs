using System.Net;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.MigrationData;

/// <summary>Analysts correct the catalogue (partners, datasets) and remove entries made by mistake while nothing hangs on them.</summary>
public sealed class CatalogueCorrectionsTests(string provider) : ApiTest(provider)
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
    public async Task ADatasetsTitleAndLicence_AreCorrected_AndItsCodeIsNot()
    {
        var (datasetId, _) = await _data.CreateDatasetAsync($"DS-C{Unique()}");
        var url = $"{MigrationDataApi.Root}/datasets/{datasetId}";
        var patched = await _data.PatchJsonAsync(url, """{"title":{"fr":"Stock de migrants internationaux"},"licence":"CC BY 4.0"}""", "\"1\"").ExpectAsync(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(patched["title"]!.Str("fr"), Is.EqualTo("Stock de migrants internationaux"));
            Assert.That(patched.Str("licence"), Is.EqualTo("CC BY 4.0"));
            Assert.That((int)patched["version"]!, Is.EqualTo(2));
        });
        await _data.PatchJsonAsync(url, """{"code":"OTHER"}""").ExpectFieldErrorsAsync("code");
        await _data.PatchJsonAsync(url, """{"title":null}""").ExpectFieldErrorsAsync("title");
    }

    [Test]
    public async Task APartnerWithADataset_CannotBeRemoved_UntilTheDatasetIs()
    {
        var (datasetId, _) = await _data.CreateDatasetAsync($"DS-R{Unique()}");
        var dataset = await _data.GetAsync($"{MigrationDataApi.Root}/datasets/{datasetId}").ExpectAsync(HttpStatusCode.OK);
        var partner = $"{MigrationDataApi.Root}/partners/{dataset.Str("partnerId")}";
        var renamed = await _data.PatchJsonAsync(partner, """{"name":"United Nations DESA","website":null}""").ExpectAsync(HttpStatusCode.OK);
        Assert.That(renamed.Str("name"), Is.EqualTo("United Nations DESA"));

        var refused = await _data.DeleteAsync(partner, "*").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(refused.Str("detail"), Does.Contain("1 dataset"));

        await _data.CreateEditionAsync(datasetId, "2024", "2024-12-18");
        var withEdition = await _data.DeleteAsync($"{MigrationDataApi.Root}/datasets/{datasetId}", "*").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(withEdition.Str("detail"), Does.Contain("1 edition"));
    }

    [Test]
    public async Task ADatasetWithoutEditions_AndThenItsPartner_AreRemoved()
    {
        var (datasetId, _) = await _data.CreateDatasetAsync($"DS-D{Unique()}");
        var dataset = await _data.GetAsync($"{MigrationDataApi.Root}/datasets/{datasetId}").ExpectAsync(HttpStatusCode.OK);
        using (var removed = await _data.DeleteAsync($"{MigrationDataApi.Root}/datasets/{datasetId}", "\"1\""))
        {
            Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        using (var removed = await _data.DeleteAsync($"{MigrationDataApi.Root}/partners/{dataset.Str("partnerId")}", "\"1\""))
        {
            Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        await _data.GetAsync($"{MigrationDataApi.Root}/datasets/{datasetId}").ExpectProblemAsync(HttpStatusCode.NotFound);
        var listed = await _data.GetAsync($"{MigrationDataApi.Root}/datasets?limit=200").ExpectAsync(HttpStatusCode.OK);
        Assert.That(listed["items"]!.AsArray().Select(d => d!.Id()), Does.Not.Contain(datasetId));
    }

    [Test]
    public async Task AnIndicatorsUnit_IsCorrectedUntilDataIsLoadedInIt()
    {
        var code = $"T.UNIT.{Unique()}";
        await _data.CreateIndicatorAsync(code, unit: "person");
        var url = $"{MigrationDataApi.Root}/indicators/{code}";
        await _data.PatchJsonAsync(url, """{"unit":"persons"}""", ifMatch: null).ExpectProblemAsync(HttpStatusCode.PreconditionRequired);
        var patched = await _data.PatchJsonAsync(url, """{"unit":"persons","sdgIndicator":"10.7.2"}""", "\"1\"").ExpectAsync(HttpStatusCode.OK);
        Assert.That(patched.Str("unit"), Is.EqualTo("persons"));
        await _data.PatchJsonAsync(url, """{"code":"OTHER"}""").ExpectFieldErrorsAsync("code");

        var (datasetId, _) = await _data.CreateDatasetAsync($"DS-U{Unique()}");
        var edition = await _data.CreateEditionAsync(datasetId, "2024", "2024-12-18");
        await _data.LoadAsync(edition.Id(), $"indicator,area,period,value,status\n{code},KEN,2020,1000,\n").ExpectAsync(HttpStatusCode.OK);
        var refused = await _data.PatchJsonAsync(url, """{"unit":"thousands of persons"}""").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(refused.Str("code"), Is.EqualTo("unit-in-use"));
        var renamed = await _data.PatchJsonAsync(url, """{"name":{"en":"International migrant stock"}}""").ExpectAsync(HttpStatusCode.OK);
        Assert.That(renamed["name"]!.Str("en"), Is.EqualTo("International migrant stock"));
    }

    [Test]
    public async Task AnEditionsDates_AreCorrected_AndADraftRemovedWithItsValues_ButNotAReleasedOne()
    {
        var code = $"T.ED.{Unique()}";
        await _data.CreateIndicatorAsync(code, unit: "persons");
        var (datasetId, _) = await _data.CreateDatasetAsync($"DS-E{Unique()}");
        var loaded = await _data.CreateEditionAsync(datasetId, "2024", "2024-12-18");
        var url = $"{MigrationDataApi.Root}/editions/{loaded.Id()}";
        await _data.PatchJsonAsync(url, """{"retrievedOn":"2024-12-01"}""").ExpectFieldErrorsAsync("retrievedOn");
        await _data.PatchJsonAsync(url, """{"releasedOn":"2025-06-03"}""").ExpectFieldErrorsAsync("releasedOn");
        var corrected = await _data.PatchJsonAsync(url, """{"releasedOn":"2024-12-17","notes":"Revised release date from the partner"}""", "\"1\"").ExpectAsync(HttpStatusCode.OK);
        Assert.That((corrected.Str("releasedOn"), corrected.Str("notes")), Is.EqualTo(("2024-12-17", "Revised release date from the partner")));

        await _data.LoadAndReleaseAsync(loaded.Id(), $"indicator,area,period,value,status\n{code},KEN,2020,1000,\n");
        var refused = await _data.DeleteAsync(url, "*").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(refused.Str("code"), Is.EqualTo("edition-released"));
        Assert.That(refused.Str("detail"), Does.Contain("Withdraw it instead"));

        var mistaken = await _data.CreateEditionAsync(datasetId, "2042", "2025-01-15");
        await _data.LoadAsync(mistaken.Id(), $"indicator,area,period,value\n{code},UGA,2020,7\n").ExpectAsync(HttpStatusCode.OK);
        await _data.DeleteAsync($"{MigrationDataApi.Root}/editions/{mistaken.Id()}", "\"2\"").ExpectAsync(HttpStatusCode.NoContent);
        var gone = await _data.GetAsync($"{MigrationDataApi.Root}/observations?indicator={code}&areas=UGA&dataset={loaded.Str("datasetCode")}&edition=2042").ExpectFieldErrorsAsync("edition");
        Assert.That(gone.ToJsonString(), Does.Contain("has no edition"), "the draft's values went with it");
        var editions = await _data.GetAsync($"{MigrationDataApi.Root}/datasets/{datasetId}/editions").ExpectAsync(HttpStatusCode.OK);
        Assert.That(editions["items"]!.AsArray().Select(e => e!.Str("edition")), Is.EqualTo(new[] { "2024" }));
        var removed = await _data.GetAsync($"{MigrationDataApi.Root}/editions/{mistaken.Id()}/history").ExpectAsync(HttpStatusCode.OK);
        Assert.That(removed["items"]!.AsArray().Select(e => e!.Str("action")), Is.EqualTo(new[] { "create", "load-observations", "delete" }), "a removed edition's history stays readable");
        var kept = await _data.GetAsync($"{url}/history").ExpectAsync(HttpStatusCode.OK);
        Assert.That(kept["items"]!.AsArray().Select(e => e!.Str("action")), Is.EqualTo(new[] { "create", "update", "load-observations", "release" }));
        await _data.GetAsync($"{MigrationDataApi.Root}/partners/{Guid.NewGuid()}/history").ExpectProblemAsync(HttpStatusCode.NotFound);
    }
}
