using System.Net;
using System.Text.Json.Nodes;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.GoverningBodies;

/// <summary>A document from its draft to its issue: submission with a job number, editing, translation, revision, issue.</summary>
public sealed class DocumentPipelineTests(string provider) : ApiTest(provider)
{
    private const string Documents = Http.GoverningBodies + "/documents";

    [SetUp]
    public void ResetClock() => Clock.Set(new DateTimeOffset(2024, 10, 1, 8, 0, 0, TimeSpan.Zero));

    [Test]
    public async Task ADocument_GoesFromDraftToIssued_ThroughEachStep_AndEachStepOutOfTurnIs409()
    {
        var document = await Client.RegisterDocumentAsync($"C/{Unique()}/4");
        var url = $"{Documents}/{document.Id()}";
        Assert.That(Actions(document), Is.EqualTo(new[] { "submit" }));
        var early = await RequestTranslationAsync(document.Id(), "fr").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(early.Str("code"), Is.EqualTo("source-not-available"), "a draft is not translated");
        var noFile = await Client.PostJsonAsync($"{url}/submit", null).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(noFile.Str("code"), Is.EqualTo("original-file-missing"));
        var notSubmitted = await Client.PostJsonAsync($"{url}/finish-editing", null).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(notSubmitted["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()), Is.EqualTo(new[] { "submit" }));
        Assert.That((int)(await GetAsync(url))["version"]!, Is.EqualTo(1), "refused steps write nothing");

        await Client.UploadFileAsync($"{url}/languages/en/file", DocumentFileRequests.PdfLike(3000, 1));
        await Client.PostJsonAsync($"{url}/submit", null, "\"99\"").ExpectProblemAsync(HttpStatusCode.PreconditionFailed);
        var submitted = await Client.PostJsonAsync($"{url}/submit", null).ExpectAsync(HttpStatusCode.OK);
        var jobNumber = submitted.Str("jobNumber");
        Assert.Multiple(() =>
        {
            Assert.That(submitted.Str("status"), Is.EqualTo("submitted"));
            Assert.That(jobNumber, Does.Match(@"^24-\d{5}$"), "the year of submission and a running number");
            Assert.That(Statuses(submitted), Is.EqualTo(new[] { "en inRevision", "es requested", "fr requested" }), "the original is being edited");
            Assert.That(LanguageJobNumbers(submitted), Is.EqualTo(new[] { $"{jobNumber[3..]}E", $"{jobNumber[3..]}S", $"{jobNumber[3..]}F" }));
            Assert.That(Actions(submitted), Is.EquivalentTo(new[] { "return", "finish-editing" }));
        });

        var returned = await Client.PostJsonAsync($"{url}/return", null).ExpectAsync(HttpStatusCode.OK);
        Assert.That((returned.Str("status"), Statuses(returned)[0]), Is.EqualTo(("draft", "en requested")));
        var again = await Client.PostJsonAsync($"{url}/submit", null).ExpectAsync(HttpStatusCode.OK);
        Assert.That(again.Str("jobNumber"), Is.EqualTo(jobNumber), "a resubmitted document keeps its job number");

        var edited = await Client.PostJsonAsync($"{url}/finish-editing", null).ExpectAsync(HttpStatusCode.OK);
        Assert.That((edited.Str("status"), Statuses(edited)[0]), Is.EqualTo(("edited", "en final")));

        var french = await RequestTranslationAsync(document.Id(), "fr").ExpectAsync(HttpStatusCode.Created);
        Assert.That(french.Str("jobNumber"), Is.EqualTo($"{jobNumber[3..]}F"));
        var spanish = await RequestTranslationAsync(document.Id(), "es").ExpectAsync(HttpStatusCode.Created);
        Assert.That((await GetAsync(url)).Str("status"), Is.EqualTo("inTranslation"));
        await Client.TranslateAsync(french);
        await Client.PostJsonAsync($"{url}/issue", null).ExpectProblemAsync(HttpStatusCode.Conflict);
        await Client.PostJsonAsync($"{Http.GoverningBodies}/translation-jobs/{spanish.Id()}/start", null).ExpectAsync(HttpStatusCode.OK);
        await Client.PostJsonAsync($"{url}/languages/es/finalize", null).ExpectProblemAsync(HttpStatusCode.Conflict);
        await Client.PostJsonAsync($"{Http.GoverningBodies}/translation-jobs/{spanish.Id()}/deliver", null).ExpectAsync(HttpStatusCode.OK);
        var inRevision = await GetAsync(url);
        Assert.That((inRevision.Str("status"), Statuses(inRevision)[1]), Is.EqualTo(("inTranslation", "es inRevision")));

        var ready = await Client.PostJsonAsync($"{url}/languages/es/finalize", null).ExpectAsync(HttpStatusCode.OK);
        Assert.That((ready.Str("status"), Actions(ready).Single()), Is.EqualTo(("ready", "issue")), "every version final");
        var listed = await Client.GetAsync($"{Documents}?status=ready&symbolPrefix={document.Str("symbol")}").ExpectAsync(HttpStatusCode.OK);
        Assert.That(listed["items"]!.AsArray().Select(d => d!.Id()), Is.EqualTo(new[] { document.Id() }));

        var issued = await Client.PostJsonAsync($"{url}/issue", null).ExpectAsync(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(issued.Str("status"), Is.EqualTo("issued"));
            Assert.That(Statuses(issued), Is.EqualTo(new[] { "en issued", "es issued", "fr issued" }), "every language at once");
            Assert.That(Actions(issued), Is.Empty);
        });
        var history = await Client.GetAsync($"{url}/history?limit=200").ExpectAsync(HttpStatusCode.OK);
        Assert.That(history["items"]!.AsArray().Select(e => e!.Str("action")), Is.SupersetOf(new[] { "submit", "return", "finish-editing", "issue" }));
    }

    [Test]
    public async Task AnEditedDocument_IsIssuedInItsOriginalAhead_OfItsTranslations()
    {
        var document = await Client.RegisterEditedDocumentAsync($"C/{Unique()}/6");
        var url = $"{Documents}/{document.Id()}";
        var advance = await Client.PostJsonAsync($"{url}/languages/en/issue", null).ExpectAsync(HttpStatusCode.OK);
        Assert.That((advance.Str("status"), Statuses(advance)[0]), Is.EqualTo(("issued", "en issued")));
        await Client.PostJsonAsync($"{url}/return", null).ExpectProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task JobNumbers_RunWithinTheYearOfSubmission()
    {
        Clock.Set(new DateTimeOffset(2037, 3, 2, 8, 0, 0, TimeSpan.Zero));
        var first = await Client.RegisterEditedDocumentAsync($"C/{Unique()}/1");
        var second = await Client.RegisterEditedDocumentAsync($"C/{Unique()}/2");
        Clock.Set(new DateTimeOffset(2038, 1, 4, 8, 0, 0, TimeSpan.Zero));
        var next = await Client.RegisterEditedDocumentAsync($"C/{Unique()}/3");
        Assert.That(
            new[] { first, second, next }.Select(d => d.Str("jobNumber")),
            Is.EqualTo(new[] { "37-00001", "37-00002", "38-00001" }));
    }

    [Test]
    public async Task StepsOfAnUnknownDocument_Are404() =>
        await Client.PostJsonAsync($"{Documents}/{Guid.NewGuid()}/submit", null).ExpectProblemAsync(HttpStatusCode.NotFound);

    private Task<HttpResponseMessage> RequestTranslationAsync(string documentId, string language) =>
        Client.PostJsonAsync($"{Documents}/{documentId}/translation-jobs", new { targetLanguage = language, dueOn = "2024-10-20" });

    private Task<JsonNode> GetAsync(string url) => Client.GetAsync(url).ExpectAsync(HttpStatusCode.OK);

    private static string[] Statuses(JsonNode document) =>
        document["languages"]!.AsArray().Select(l => $"{l!.Str("language")} {l!.Str("status")}").ToArray();

    private static string[] LanguageJobNumbers(JsonNode document) =>
        document["languages"]!.AsArray().Select(l => l!.Str("jobNumber")).ToArray();

    private static string[] Actions(JsonNode document) =>
        document["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()).ToArray();
}
