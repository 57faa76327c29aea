using System.Net;
using System.Text.Json.Nodes;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.MigrationData;

/// <summary>
/// Editions go draft → released → withdrawn: a draft is loaded and compared, never the default; only a release
/// replaces what people read, and a withdrawal gives the previous release back.
/// </summary>
public sealed class EditionLifecycleTests(string provider) : ApiTest(provider)
{
    private HttpClient _data = null!;
    private string _indicator = null!;

    [OneTimeSetUp]
    public async Task CreateIndicatorAsync()
    {
        Clock.Set(new DateTimeOffset(2025, 6, 2, 9, 0, 0, TimeSpan.Zero));
        _data = ClientWith(TestTokens.MigrationDataAll, subject: "gmdac-analyst");
        _indicator = $"SM.LIFE.{Unique()}";
        await _data.CreateIndicatorAsync(_indicator);
    }

    [OneTimeTearDown]
    public void DisposeClient() => _data.Dispose();

    [Test]
    public async Task APartialDraft_ShowsWhatItLacks_AndReplacesTheDefaultOnlyWhenReleased_UntilWithdrawn()
    {
        var (datasetId, dataset) = await _data.CreateDatasetAsync($"LIFE-{Unique()}");
        var full = await _data.CreateEditionAsync(datasetId, "IMS 2020", "2021-01-15");
        Assert.That(full.Str("status"), Is.EqualTo("draft"), "an edition starts as a draft");
        var years = new[] { "1990", "1995", "2000", "2005", "2010", "2015", "2020" };
        await _data.LoadAndReleaseAsync(full.Id(), "indicator,area,period,value\n" + string.Concat(years.Select(y => $"{_indicator},KEN,{y},{y}0\n{_indicator},UGA,{y},{y}1\n")));

        var partial = await _data.CreateEditionAsync(datasetId, "IMS 2024", "2025-01-15");
        await _data.LoadAsync(partial.Id(), $"indicator,area,period,value\n{_indicator},KEN,2024,20240\n").ExpectAsync(HttpStatusCode.OK);
        string Series() => $"{MigrationDataApi.Root}/observations?indicator={_indicator}&areas=KEN";
        static IEnumerable<string> Editions(JsonNode page) => page["items"]!.AsArray().Select(i => i!["source"]!.Str("edition")).Distinct();

        var beforeRelease = await _data.GetAsync(Series()).ExpectAsync(HttpStatusCode.OK);
        Assert.That(Editions(beforeRelease), Is.EqualTo(new[] { "IMS 2020" }), "a draft is never the default, though released later");
        var draft = await _data.GetAsync($"{Series()}&dataset={dataset}&edition=ims 2024").ExpectAsync(HttpStatusCode.OK);
        Assert.That(draft["items"]!.AsArray().Single()!["source"]!.Str("editionStatus"), Is.EqualTo("draft"), "named, a draft is read, marked so");

        var coverage = await _data.GetAsync($"{MigrationDataApi.Root}/editions/{partial.Id()}/coverage").ExpectAsync(HttpStatusCode.OK);
        var line = coverage["indicators"]!.AsArray().Single()!;
        Assert.Multiple(() =>
        {
            Assert.That(coverage["comparedWith"]!.Str("edition"), Is.EqualTo("IMS 2020"));
            Assert.That((int)line["edition"]!["areas"]!, Is.EqualTo(1));
            Assert.That((int)line["edition"]!["periods"]!, Is.EqualTo(1));
            Assert.That((int)line["current"]!["observations"]!, Is.EqualTo(14));
            Assert.That(line["areasNotCovered"]!.AsArray().Select(a => a!.GetValue<string>()), Is.EqualTo(new[] { "UGA" }));
            Assert.That(line["periodsNotCovered"]!.AsArray().Select(a => a!.GetValue<string>()), Is.EqualTo(years));
        });

        var released = await _data.ReleaseAsync(partial.Id());
        Assert.That(released.Str("status"), Is.EqualTo("released"));
        var afterRelease = await _data.GetAsync(Series()).ExpectAsync(HttpStatusCode.OK);
        Assert.That(Editions(afterRelease), Is.EqualTo(new[] { "IMS 2024" }));
        await _data.PostAsync($"{MigrationDataApi.Root}/editions/{partial.Id()}/release", null).ExpectProblemAsync(HttpStatusCode.Conflict);
        var late = await _data.LoadAsync(partial.Id(), $"indicator,area,period,value\n{_indicator},UGA,2024,1\n").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(late.Str("code"), Is.EqualTo("edition-not-draft"));

        await _data.PostJsonAsync($"{MigrationDataApi.Root}/editions/{partial.Id()}/withdraw", new { }).ExpectFieldErrorsAsync("reason");
        await _data.PostJsonAsync($"{MigrationDataApi.Root}/editions/{partial.Id()}/withdraw", new { reason = "Published with one period only" }, "\"1\"")
            .ExpectProblemAsync(HttpStatusCode.PreconditionFailed);
        var withdrawn = await _data.PostJsonAsync($"{MigrationDataApi.Root}/editions/{partial.Id()}/withdraw", new { reason = "Published with one period only" })
            .ExpectAsync(HttpStatusCode.OK);
        Assert.That((withdrawn.Str("status"), withdrawn.Str("statusReason")), Is.EqualTo(("withdrawn", "Published with one period only")));
        var afterWithdrawal = await _data.GetAsync(Series()).ExpectAsync(HttpStatusCode.OK);
        Assert.That(afterWithdrawal["items"]!.AsArray(), Has.Count.EqualTo(7), "Kenya's series has its seven points back");
        await _data.DeleteAsync($"{MigrationDataApi.Root}/editions/{partial.Id()}", "*").ExpectProblemAsync(HttpStatusCode.Conflict);

        var history = await _data.GetAsync($"{MigrationDataApi.Root}/editions/{partial.Id()}/history").ExpectAsync(HttpStatusCode.OK);
        Assert.That(history["items"]!.AsArray().Select(e => e!.Str("action")), Is.EqualTo(new[] { "create", "load-observations", "release", "withdraw" }));
    }

    [Test]
    public async Task EditionNames_TakeSpacesInside_ButNotAtTheEnds()
    {
        var (datasetId, _) = await _data.CreateDatasetAsync($"NAMES-{Unique()}");
        await _data.CreateEditionAsync(datasetId, "IMS 2024 rev.1", "2025-01-15");
        await _data.PostJsonAsync($"{MigrationDataApi.Root}/datasets/{datasetId}/editions", new { edition = "IMS 2024 ", releasedOn = "2025-01-15" }).ExpectFieldErrorsAsync("edition");
        await _data.PostJsonAsync($"{MigrationDataApi.Root}/datasets/{datasetId}/editions", new { edition = " IMS", releasedOn = "2025-01-15" }).ExpectFieldErrorsAsync("edition");
    }
}
