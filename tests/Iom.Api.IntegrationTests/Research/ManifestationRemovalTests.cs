using System.Net;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.Research;

/// <summary>A language version added by mistake is removed while nothing outside or inside rests on it.</summary>
public sealed class ManifestationRemovalTests(string provider) : ApiTest(provider)
{
    private HttpClient _research = null!;

    [OneTimeSetUp]
    public void CreateClient() => _research = ClientWith(TestTokens.ResearchAll, subject: "researcher");

    [OneTimeTearDown]
    public void DisposeClient() => _research.Dispose();

    [Test]
    public async Task AVersionAddedByMistake_IsRemoved_OnceNothingIsTranslatedFromIt()
    {
        var work = await _research.CreateWorkAsync($"MRS-{Unique()}");
        var english = await AddAsync(work.Id(), new { language = "en", format = "epub" });
        var french = await AddAsync(work.Id(), new { language = "FR", format = "epub", translationOf = english });

        var source = await _research.DeleteAsync($"{ResearchApi.Root}/manifestations/{english}", "*").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(source.Str("detail"), Does.Contain("1 translation"));
        await _research.DeleteAsync($"{ResearchApi.Root}/manifestations/{french}", null).ExpectProblemAsync(HttpStatusCode.PreconditionRequired);
        await _research.DeleteAsync($"{ResearchApi.Root}/manifestations/{french}", "\"1\"").ExpectAsync(HttpStatusCode.NoContent);
        await _research.DeleteAsync($"{ResearchApi.Root}/manifestations/{english}", "\"1\"").ExpectAsync(HttpStatusCode.NoContent);
        var left = await _research.GetAsync($"{ResearchApi.Root}/works/{work.Id()}/manifestations").ExpectAsync(HttpStatusCode.OK);
        Assert.That(left["items"]!.AsArray(), Is.Empty);
        var history = await _research.GetAsync($"{ResearchApi.Root}/manifestations/{french}/history").ExpectAsync(HttpStatusCode.OK);
        Assert.That(history["items"]!.AsArray().Select(e => e!.Str("action")), Is.EqualTo(new[] { "create", "delete" }));
    }

    [Test]
    public async Task AVersionWithAnIsbn_StaysOnRecord()
    {
        var work = await _research.CreateWorkAsync($"MRI-{Unique()}");
        var print = await AddAsync(work.Id(), new { language = "en", format = "print" });
        await _research.PostJsonAsync($"{ResearchApi.Root}/manifestations/{print}/assign-identifiers", new { isbn = "978-92-9068-675-0" }).ExpectAsync(HttpStatusCode.OK);
        var kept = await _research.DeleteAsync($"{ResearchApi.Root}/manifestations/{print}", "*").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(kept.Str("code"), Is.EqualTo("not-removable"));
    }

    private async Task<string> AddAsync(string workId, object body) =>
        (await _research.PostJsonAsync($"{ResearchApi.Root}/works/{workId}/manifestations", body).ExpectAsync(HttpStatusCode.Created)).Id();
}
