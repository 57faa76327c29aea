using System.Net;
using System.Text.Json.Nodes;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.GoverningBodies;

public sealed class TranslationTests(string provider) : ApiTest(provider)
{
    private const string Jobs = Http.GoverningBodies + "/translation-jobs";

    [SetUp]
    public void ResetClock() => Clock.Set(new DateTimeOffset(2024, 10, 1, 8, 0, 0, TimeSpan.Zero));

    [Test]
    public async Task Request_StartDeliver_Revise_MakesTheLanguageVersionFinal()
    {
        var document = await Client.RegisterEditedDocumentAsync($"C/{Unique()}/7");
        var job = await RequestAsync(document.Id(), "fr", "2024-10-20", words: 4200);
        Assert.Multiple(() =>
        {
            Assert.That(job.Str("status"), Is.EqualTo("requested"));
            Assert.That(job.Str("sourceLanguage"), Is.EqualTo("en"));
            Assert.That(job.Str("requestedOn"), Is.EqualTo("2024-10-01"));
            Assert.That((int)job["wordCount"]!, Is.EqualTo(4200));
        });
        Assert.That(await LanguageStatusAsync(document.Id(), "fr"), Is.EqualTo("inTranslation"));

        var started = await Client.PostJsonAsync($"{Jobs}/{job.Id()}/start?assignee=Geneva%20French%20unit", null).ExpectAsync(HttpStatusCode.OK);
        Assert.That(started.Str("assignee"), Is.EqualTo("Geneva French unit"));
        Clock.Advance(TimeSpan.FromDays(3));
        var delivered = await Client.PostJsonAsync($"{Jobs}/{job.Id()}/deliver", null).ExpectAsync(HttpStatusCode.OK);
        Assert.That(delivered.Str("status"), Is.EqualTo("delivered"));
        Assert.That(delivered.Str("deliveredAt"), Is.EqualTo("2024-10-04T08:00:00Z"));
        Assert.That(await LanguageStatusAsync(document.Id(), "fr"), Is.EqualTo("inRevision"), "a delivered translation is revised before it is final");
        Assert.That(delivered.Str("jobNumber"), Is.EqualTo(document.Str("jobNumber")[3..] + "F"), "the document's number and French's letter");

        var revised = await Client.PostJsonAsync($"{Http.GoverningBodies}/documents/{document.Id()}/languages/fr/finalize", null).ExpectAsync(HttpStatusCode.OK);
        Assert.That(revised["languages"]!.AsArray().Single(l => l!.Str("language") == "fr")!.Str("status"), Is.EqualTo("final"));
        await Client.PostJsonAsync($"{Http.GoverningBodies}/documents/{document.Id()}/languages/fr/finalize", null).ExpectProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Cancel_PutsTheLanguageVersionBackToRequested_AndAllowsANewRequest()
    {
        var document = await Client.RegisterEditedDocumentAsync($"C/{Unique()}/7");
        var job = await RequestAsync(document.Id(), "es", "2024-10-20");
        await Client.PostJsonAsync($"{Jobs}/{job.Id()}/cancel", null).ExpectAsync(HttpStatusCode.OK);
        Assert.That(await LanguageStatusAsync(document.Id(), "es"), Is.EqualTo("requested"));
        await RequestAsync(document.Id(), "es", "2024-10-25");
    }

    [Test]
    public async Task SecondOpenJobForTheSameLanguage_Is409()
    {
        var document = await Client.RegisterEditedDocumentAsync($"C/{Unique()}/7");
        await RequestAsync(document.Id(), "fr", "2024-10-20");
        var problem = await Client.PostJsonAsync($"{Http.GoverningBodies}/documents/{document.Id()}/translation-jobs", new { targetLanguage = "fr", dueOn = "2024-10-21" })
            .ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Str("code"), Is.EqualTo("duplicate"));
    }

    [Test]
    public async Task TranslatingFromAVersionThatIsNotAvailable_Is409()
    {
        var document = await Client.RegisterEditedDocumentAsync($"C/{Unique()}/7");
        var problem = await Client.PostJsonAsync($"{Http.GoverningBodies}/documents/{document.Id()}/translation-jobs", new { targetLanguage = "es", sourceLanguage = "fr", dueOn = "2024-10-21" })
            .ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Str("code"), Is.EqualTo("source-not-available"));
    }

    [Test]
    public async Task TranslatingIntoTheOriginal_Is400_AndIntoAnAvailableVersion_Is409()
    {
        var document = await Client.RegisterEditedDocumentAsync($"C/{Unique()}/7");
        await Client.PostJsonAsync($"{Http.GoverningBodies}/documents/{document.Id()}/translation-jobs", new { targetLanguage = "en", dueOn = "2024-10-21" })
            .ExpectFieldErrorsAsync("targetLanguage");
        var job = await RequestAsync(document.Id(), "fr", "2024-10-20");
        await Client.PostJsonAsync($"{Jobs}/{job.Id()}/start", null).ExpectAsync(HttpStatusCode.OK);
        await Client.PostJsonAsync($"{Jobs}/{job.Id()}/deliver", null).ExpectAsync(HttpStatusCode.OK);
        var problem = await Client.PostJsonAsync($"{Http.GoverningBodies}/documents/{document.Id()}/translation-jobs", new { targetLanguage = "fr", dueOn = "2024-10-21" })
            .ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Str("code"), Is.EqualTo("already-available"));
    }

    [Test]
    public async Task Request_Validation_NamesTheFields()
    {
        var document = await Client.RegisterEditedDocumentAsync($"C/{Unique()}/7");
        await Client.PostJsonAsync($"{Http.GoverningBodies}/documents/{document.Id()}/translation-jobs", new { targetLanguage = "french", wordCount = 0 })
            .ExpectFieldErrorsAsync("targetLanguage", "dueOn", "wordCount");
        await Client.PostJsonAsync($"{Http.GoverningBodies}/documents/{document.Id()}/translation-jobs", new { targetLanguage = "fr", dueOn = "2024-09-01" })
            .ExpectFieldErrorsAsync("dueOn");
    }

    [Test]
    public async Task Request_ForUnknownDocument_Is404() =>
        await Client.PostJsonAsync($"{Http.GoverningBodies}/documents/{Guid.NewGuid()}/translation-jobs", new { targetLanguage = "fr", dueOn = "2024-10-21" })
            .ExpectProblemAsync(HttpStatusCode.NotFound);

    [Test]
    public async Task Deliver_BeforeStart_Is409_AndUnknownJob_Is404()
    {
        var document = await Client.RegisterEditedDocumentAsync($"C/{Unique()}/7");
        var job = await RequestAsync(document.Id(), "fr", "2024-10-20");
        var problem = await Client.PostJsonAsync($"{Jobs}/{job.Id()}/deliver", null).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()), Is.EquivalentTo(new[] { "start", "cancel" }));
        await Client.PostJsonAsync($"{Jobs}/{Guid.NewGuid()}/deliver", null).ExpectProblemAsync(HttpStatusCode.NotFound);
        await Client.GetAsync($"{Jobs}/{Guid.NewGuid()}").ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Backlog_ListsOpenJobsOnly_OverdueFirst_WithDaysOverdue()
    {
        var language = "pt";
        var document = await Client.RegisterEditedDocumentAsync($"C/{Unique()}/7", languages: ["pt"]);
        var other = await Client.RegisterEditedDocumentAsync($"C/{Unique()}/8", languages: ["pt"]);
        var third = await Client.RegisterEditedDocumentAsync($"C/{Unique()}/9", languages: ["pt"]);
        var later = await RequestAsync(document.Id(), language, "2024-10-30");
        var sooner = await RequestAsync(other.Id(), language, "2024-10-05");
        var done = await RequestAsync(third.Id(), language, "2024-10-02");
        await Client.PostJsonAsync($"{Jobs}/{done.Id()}/cancel", null).ExpectAsync(HttpStatusCode.OK);

        Clock.Set(new DateTimeOffset(2024, 10, 12, 8, 0, 0, TimeSpan.Zero));
        var backlog = (await Client.GetAsync($"{Jobs}/backlog?language={language}").ExpectAsync(HttpStatusCode.OK))["items"]!.AsArray();
        Assert.That(backlog.Select(j => j!.Id()), Is.EqualTo(new[] { sooner.Id(), later.Id() }));
        Assert.That((int)backlog[0]!["daysOverdue"]!, Is.EqualTo(7));
        Assert.That((int)backlog[1]!["daysOverdue"]!, Is.EqualTo(0));
    }

    [Test]
    public async Task Readiness_ShowsEachCurrentDocumentAgainstTheOfficialLanguages_AndItsOwnOthers()
    {
        var n = Unique();
        var session = await Client.ScheduleSessionAsync(n, "2024-11-26", "2024-11-28");
        var agenda = await Client.RegisterEditedDocumentAsync($"C/{n}/1");
        await Client.RegisterEditedDocumentAsync($"C/{n}/4");
        var revised = await Client.RegisterEditedDocumentAsync($"C/{n}/4/Rev.1", languages: ["en", "fr", "es", "ar"]);
        await Client.TranslateAsync(await RequestAsync(agenda.Id(), "fr", "2024-10-20"));
        var spanish = await RequestAsync(agenda.Id(), "ES", "2024-10-20");
        await Client.PostJsonAsync($"{Jobs}/{spanish.Id()}/start", null).ExpectAsync(HttpStatusCode.OK);
        await Client.PostJsonAsync($"{Jobs}/{spanish.Id()}/deliver", null).ExpectAsync(HttpStatusCode.OK);

        await RequestAsync(revised.Id(), "fr", "2024-10-20");
        var german = await RequestAsync(agenda.Id(), "De", "2024-10-20");
        Assert.That(german.Str("targetLanguage"), Is.EqualTo("de"), "languages are taken in any case and answered in lower case");

        var readiness = await ReadinessAsync(session.Id());
        Assert.Multiple(() =>
        {
            Assert.That((int)readiness["daysBeforeOpening"]!, Is.EqualTo(56), "1 October to 26 November");
            Assert.That(readiness["languages"]!.AsArray().Select(l => l!.GetValue<string>()), Is.EqualTo(new[] { "en", "fr", "es" }));
            var rows = readiness["documents"]!.AsArray();
            Assert.That(rows.Select(r => r!.Str("symbol")), Is.EqualTo(new[] { $"C/{n}/1", $"C/{n}/4/Rev.1" }), "superseded revisions are left out");
            Assert.That(Cells(rows[0]!), Is.EqualTo(new[] { "en final", "fr final", "es inRevision", "de inTranslation" }));
            Assert.That(Cells(rows[1]!), Is.EqualTo(new[] { "en final", "fr inTranslation", "es requested", "ar requested" }), "Arabic only in the row of the document that has it");
            Assert.That((int)readiness["documentsReady"]!, Is.EqualTo(0), "German and Arabic are not there yet");
        });

        await Client.PostJsonAsync($"{Http.GoverningBodies}/documents/{agenda.Id()}/languages/es/finalize", null).ExpectAsync(HttpStatusCode.OK);
        await Client.PostJsonAsync($"{Jobs}/{german.Id()}/cancel", null).ExpectAsync(HttpStatusCode.OK);
        var afterCancel = await ReadinessAsync(session.Id());
        Assert.Multiple(() =>
        {
            Assert.That(Cells(afterCancel["documents"]![0]!), Is.EqualTo(new[] { "en final", "fr final", "es final" }), "a cancelled job leaves no requested version");
            Assert.That((int)afterCancel["documentsReady"]!, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task AnOpenJobsDueDateAndAssignee_AreCorrected_UntilItIsDelivered()
    {
        var document = await Client.RegisterEditedDocumentAsync($"C/{Unique()}/2");
        var job = await RequestAsync(document.Id(), "es", "2024-10-20", words: 1200);
        var url = $"{Jobs}/{job.Id()}";
        await Client.PatchJsonAsync(url, """{"dueOn":"2024-09-30"}""").ExpectFieldErrorsAsync("dueOn");
        await Client.PatchJsonAsync(url, """{"wordCount":0}""").ExpectFieldErrorsAsync("wordCount");
        var corrected = await Client.PatchJsonAsync(url, """{"dueOn":"2024-10-25","wordCount":1450,"assignee":"Spanish unit"}""", "\"1\"").ExpectAsync(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(corrected.Str("dueOn"), Is.EqualTo("2024-10-25"));
            Assert.That((int)corrected["wordCount"]!, Is.EqualTo(1450));
            Assert.That(corrected.Str("assignee"), Is.EqualTo("Spanish unit"));
        });

        await Client.PostJsonAsync($"{url}/start", null).ExpectAsync(HttpStatusCode.OK);
        await Client.PostJsonAsync($"{url}/deliver", null).ExpectAsync(HttpStatusCode.OK);
        await Client.PatchJsonAsync(url, """{"assignee":null}""").ExpectProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Readiness_OfUnknownSession_Is404() =>
        await Client.GetAsync($"{Http.GoverningBodies}/sessions/{Guid.NewGuid()}/documentation-readiness").ExpectProblemAsync(HttpStatusCode.NotFound);

    private static string[] Cells(JsonNode row) =>
        row["versions"]!.AsObject().Select(v => $"{v.Key} {v.Value!.GetValue<string>()}").ToArray();

    private Task<JsonNode> ReadinessAsync(string sessionId) =>
        Client.GetAsync($"{Http.GoverningBodies}/sessions/{sessionId}/documentation-readiness").ExpectAsync(HttpStatusCode.OK);

    private Task<JsonNode> RequestAsync(string documentId, string language, string due, int? words = null) =>
        Client.PostJsonAsync($"{Http.GoverningBodies}/documents/{documentId}/translation-jobs", new { targetLanguage = language, dueOn = due, wordCount = words })
            .ExpectAsync(HttpStatusCode.Created);

    private async Task<string> LanguageStatusAsync(string documentId, string language)
    {
        var document = await Client.GetAsync($"{Http.GoverningBodies}/documents/{documentId}").ExpectAsync(HttpStatusCode.OK);
        return document["languages"]!.AsArray().Single(l => l!.Str("language") == language)!.Str("status");
    }
}
