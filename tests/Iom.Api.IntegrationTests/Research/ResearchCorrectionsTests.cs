using System.Net;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.Research;

/// <summary>Researchers correct projects and series, and remove what they created by mistake while the state allows it.</summary>
public sealed class ResearchCorrectionsTests(string provider) : ApiTest(provider)
{
    private HttpClient _research = null!;

    [OneTimeSetUp]
    public void CreateClient() => _research = ClientWith(TestTokens.ResearchAll, subject: "researcher");

    [OneTimeTearDown]
    public void DisposeClient() => _research.Dispose();

    [Test]
    public async Task AProjectsTitleAndTeam_AreCorrected_UntilItIsCancelled()
    {
        var project = await CreateProjectAsync();
        var url = $"{ResearchApi.Root}/projects/{project}";
        var patched = await _research.PatchJsonAsync(url, """{"title":{"en":"Return migration and reintegration in West Africa"},"team":["B. Researcher"]}""", "\"1\"")
            .ExpectAsync(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(patched["title"]!.Str("en"), Is.EqualTo("Return migration and reintegration in West Africa"));
            Assert.That(patched["team"]!.AsArray().Select(t => t!.GetValue<string>()), Is.EqualTo(new[] { "B. Researcher" }));
            Assert.That(patched["ethicsReview"]!.Str("status"), Is.EqualTo("notRequired"), "the ethics record is not the patch's");
        });
        await _research.PatchJsonAsync(url, """{"endDate":"2020-01-01"}""").ExpectFieldErrorsAsync("endDate");
        await _research.PatchJsonAsync(url, """{"status":"active"}""").ExpectFieldErrorsAsync("status");

        await _research.PostJsonAsync($"{url}/cancel", null).ExpectAsync(HttpStatusCode.OK);
        var final = await _research.PatchJsonAsync(url, """{"methods":"Interviews"}""").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(final.Str("code"), Is.EqualTo("not-editable"));
    }

    [Test]
    public async Task AProposedProject_IsRemoved_AnApprovedOneIsNot()
    {
        var proposed = await CreateProjectAsync();
        using (var removed = await _research.DeleteAsync($"{ResearchApi.Root}/projects/{proposed}", "\"1\""))
        {
            Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        var history = await _research.GetAsync($"{ResearchApi.Root}/projects/{proposed}/history").ExpectAsync(HttpStatusCode.OK);
        Assert.That(history["items"]!.AsArray().Select(e => e!.Str("action")), Is.EqualTo(new[] { "create", "delete" }));

        var approved = await CreateProjectAsync();
        await _research.PostJsonAsync($"{ResearchApi.Root}/projects/{approved}/approve", null).ExpectAsync(HttpStatusCode.OK);
        var problem = await _research.DeleteAsync($"{ResearchApi.Root}/projects/{approved}", "*").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Str("detail"), Does.Contain("cancel it instead"));
    }

    [Test]
    public async Task ASeriesIsCorrected_AndRemovedOnlyWhileNoWorkBelongsToIt()
    {
        var series = await _research.PostJsonAsync($"{ResearchApi.Root}/series", new { code = $"S{Unique()}", name = new { en = "Migration Polcy Briefs" } })
            .ExpectAsync(HttpStatusCode.Created);
        var url = $"{ResearchApi.Root}/series/{series.Id()}";
        var patched = await _research.PatchJsonAsync(url, """{"name":{"en":"Migration Policy Briefs"},"issn":"2219-8350"}""", "\"1\"").ExpectAsync(HttpStatusCode.OK);
        Assert.That(patched["name"]!.Str("en"), Is.EqualTo("Migration Policy Briefs"));
        await _research.PatchJsonAsync(url, """{"issn":"2219-8351"}""").ExpectFieldErrorsAsync("issn");

        await _research.PostJsonAsync($"{ResearchApi.Root}/works", ResearchApi.WorkBody($"W-S{Unique()}", seriesId: series.Id(), seriesNumber: "1")).ExpectAsync(HttpStatusCode.Created);
        var problem = await _research.DeleteAsync(url, "*").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Str("detail"), Does.Contain("1 work"));

        var empty = await _research.PostJsonAsync($"{ResearchApi.Root}/series", new { code = $"S{Unique()}", name = new { en = "Unused" } }).ExpectAsync(HttpStatusCode.Created);
        using var removed = await _research.DeleteAsync($"{ResearchApi.Root}/series/{empty.Id()}", "\"1\"");
        Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
    }

    [Test]
    public async Task AWorksTitleIsCorrected_UntilItIsPublished()
    {
        var work = await _research.CreateWorkAsync($"PUB-C{Unique()}");
        var url = $"{ResearchApi.Root}/works/{work.Id()}";
        var patched = await _research.PatchJsonAsync(url, """{"title":{"fr":"Migration et climat"},"countries":["KEN","UGA"]}""", "\"1\"").ExpectAsync(HttpStatusCode.OK);
        Assert.That(patched["title"]!.Str("fr"), Is.EqualTo("Migration et climat"));
        Assert.That(patched["countries"]!.AsArray().Select(c => c!.GetValue<string>()), Is.EqualTo(new[] { "KEN", "UGA" }));
        await _research.PatchJsonAsync(url, """{"publicationCode":"OTHER"}""").ExpectFieldErrorsAsync("publicationCode");
        await _research.PatchJsonAsync(url, """{"countries":["XKE"]}""").ExpectFieldErrorsAsync("countries[0]");

        var published = await _research.PublishedWorkAsync($"PUB-P{Unique()}");
        var problem = await _research.PatchJsonAsync($"{ResearchApi.Root}/works/{published.Id()}", """{"licence":"CC BY 4.0"}""").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Str("detail"), Does.Contain("correct or publish-new-edition"));
    }

    [Test]
    public async Task AProposedWork_IsRemoved_OneWithALanguageVersionIsNot()
    {
        var work = await _research.CreateWorkAsync($"PUB-D{Unique()}");
        using (var removed = await _research.DeleteAsync($"{ResearchApi.Root}/works/{work.Id()}", "\"1\""))
        {
            Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await removed.Content.ReadAsStringAsync());
        }

        await _research.GetAsync($"{ResearchApi.Root}/works/{work.Id()}").ExpectProblemAsync(HttpStatusCode.NotFound);
        var kept = await _research.CreateWorkAsync($"PUB-K{Unique()}");
        await _research.AddManifestationAsync(kept.Id(), "en");
        var problem = await _research.DeleteAsync($"{ResearchApi.Root}/works/{kept.Id()}", "*").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Str("detail"), Does.Contain("1 language version"));
    }

    private async Task<string> CreateProjectAsync() =>
        (await _research.PostJsonAsync($"{ResearchApi.Root}/projects", new
        {
            title = new { en = "Retrun migration in West Africa" }, lead = "A. Researcher", startDate = "2025-01-01", endDate = "2025-12-31", ethicsReviewRequired = false,
        }).ExpectAsync(HttpStatusCode.Created)).Id();
}
