using System.Net;
using System.Text.Json.Nodes;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.Security;

public sealed class AuditTrailTests(string provider) : ApiTest(provider)
{
    [Test]
    public async Task Create_RecordsWhoWhenAndEveryField()
    {
        using var alice = ClientWith(TestTokens.GoverningBodiesAll, subject: "alice@iom.int");
        var session = await alice.ScheduleSessionAsync(Unique());
        var entry = (await HistoryAsync("sessions", session.Id())).Single();
        Assert.Multiple(() =>
        {
            Assert.That(entry.Str("action"), Is.EqualTo("create"));
            Assert.That(entry.Str("subject"), Is.EqualTo("alice@iom.int"));
            Assert.That(entry.Str("clientId"), Is.EqualTo("test-client"));
            Assert.That(entry.Str("entityType"), Is.EqualTo("session"));
            var occurred = DateTimeOffset.Parse(entry.Str("occurredAt"), System.Globalization.CultureInfo.InvariantCulture);
            var created = DateTimeOffset.Parse(session.Str("createdAt"), System.Globalization.CultureInfo.InvariantCulture);
            Assert.That(occurred - created, Is.InRange(TimeSpan.Zero, TimeSpan.FromSeconds(1)), "recorded when the session was created");
            var fields = Changes(entry);
            Assert.That(fields["title.en"].New, Is.EqualTo(session["title"]!.Str("en")));
            Assert.That(fields["status"].New, Is.EqualTo("planned"));
            Assert.That(fields["status"].Old, Is.Null);
            Assert.That(fields.Keys, Has.None.AnyOf("version", "updatedAt", "allowedActions"));
        });
    }

    [Test]
    public async Task PatchAndAction_RecordOldAndNewValuesOfWhatChanged()
    {
        var session = await Client.ScheduleSessionAsync(Unique());
        await Client.PatchJsonAsync($"{Http.GoverningBodies}/sessions/{session.Id()}", """{"venue":"New York"}""").ExpectAsync(HttpStatusCode.OK);
        await Client.MoveSessionAsync(session.Id(), "send-notice");
        var history = await HistoryAsync("sessions", session.Id());
        Assert.That(history.Select(h => h.Str("action")), Is.EqualTo(new[] { "create", "update", "send-notice" }));
        var update = Changes(history[1]);
        Assert.That(update.Keys, Is.EquivalentTo(new[] { "venue" }));
        Assert.That((update["venue"].Old, update["venue"].New), Is.EqualTo(("Geneva", "New York")));
        var notice = Changes(history[2]);
        Assert.That((notice["status"].Old, notice["status"].New), Is.EqualTo(("planned", "noticeSent")));
        Assert.That(notice.Keys, Does.Contain("notice.sentAt"));
    }

    [Test]
    public async Task FailedRequests_RecordNothing()
    {
        var session = await Client.ScheduleSessionAsync(Unique());
        await Client.PatchJsonAsync($"{Http.GoverningBodies}/sessions/{session.Id()}", """{"endDate":"1999-01-01"}""").ExpectProblemAsync(HttpStatusCode.BadRequest);
        await Client.PatchJsonAsync($"{Http.GoverningBodies}/sessions/{session.Id()}", """{"venue":"Rome"}""", "\"9\"").ExpectProblemAsync(HttpStatusCode.PreconditionFailed);
        await Client.PostJsonAsync($"{Http.GoverningBodies}/sessions/{session.Id()}/close", null).ExpectProblemAsync(HttpStatusCode.Conflict);
        var history = await HistoryAsync("sessions", session.Id());
        Assert.That(history.Select(h => h.Str("action")), Is.EqualTo(new[] { "create" }));
    }

    [Test]
    public async Task TranslationDelivery_IsRecordedOnTheJobAndOnTheDocument()
    {
        var document = await Client.RegisterEditedDocumentAsync($"S/{Unique()}/3");
        var job = await Client.PostJsonAsync($"{Http.GoverningBodies}/documents/{document.Id()}/translation-jobs", new { targetLanguage = "es", dueOn = "2030-01-01" })
            .ExpectAsync(HttpStatusCode.Created);
        await Client.PostJsonAsync($"{Http.GoverningBodies}/translation-jobs/{job.Id()}/start", null).ExpectAsync(HttpStatusCode.OK);
        await Client.PostJsonAsync($"{Http.GoverningBodies}/translation-jobs/{job.Id()}/deliver", null).ExpectAsync(HttpStatusCode.OK);

        var jobHistory = await HistoryAsync("translation-jobs", job.Id());
        Assert.That(jobHistory.Select(h => h.Str("action")), Is.EqualTo(new[] { "create", "start", "deliver" }));
        var documentHistory = await HistoryAsync("documents", document.Id());
        var languageChanges = documentHistory.Where(h => h.Str("action") == "language-status").Select(Changes).Where(c => c.ContainsKey("languages.es")).Select(c => c["languages.es"]).ToList();
        Assert.That(languageChanges.Select(c => (c.Old, c.New)), Is.EqualTo(new[] { ("requested", "inTranslation"), ("inTranslation", "inTranslation"), ("inTranslation", "inRevision") }));
        var pipeline = documentHistory.Where(h => h.Str("action") == "pipeline").Select(h => Changes(h)["status"]).ToList();
        Assert.That(pipeline.Select(c => (c.Old, c.New)), Is.EqualTo(new[] { ("edited", "inTranslation") }), "where the document stands follows its languages, and is recorded");
    }

    [Test]
    public async Task History_OfUnknownResource_Is404() =>
        await Client.GetAsync($"{Http.GoverningBodies}/resolutions/{Guid.NewGuid()}/history").ExpectProblemAsync(HttpStatusCode.NotFound);

    private async Task<List<JsonNode>> HistoryAsync(string collection, string id) =>
        (await Client.GetAsync($"{Http.GoverningBodies}/{collection}/{id}/history").ExpectAsync(HttpStatusCode.OK))["items"]!.AsArray().Select(e => e!).ToList();

    private static Dictionary<string, (string? Old, string? New)> Changes(JsonNode entry) =>
        entry["changes"]!.AsArray().ToDictionary(
            c => c!.Str("field"),
            c => (c!["old"]?.ToString(), c["new"]?.ToString()));
}
