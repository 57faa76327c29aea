using System.Net;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.GoverningBodies;

/// <summary>A document registered by mistake is removed before it is issued, while nothing rests on it.</summary>
public sealed class DocumentRemovalTests(string provider) : ApiTest(provider)
{
    private const string Documents = $"{Http.GoverningBodies}/documents";

    [Test]
    public async Task ADocumentRegisteredByMistake_IsRemoved_WithItsAgendaLinks_AndItsHistoryStays()
    {
        var number = Unique();
        var session = await Client.ScheduleSessionAsync(number);
        var item = await Client.AddAgendaItemAsync(session.Id(), "4");
        var document = await Client.RegisterDocumentAsync($"C/{number}/4", agendaItemIds: [item.Id()]);
        var url = $"{Documents}/{document.Id()}";

        await Client.DeleteAsync(url, null).ExpectProblemAsync(HttpStatusCode.PreconditionRequired);
        await Client.DeleteAsync(url, "\"1\"").ExpectAsync(HttpStatusCode.NoContent);
        await Client.GetAsync(url).ExpectProblemAsync(HttpStatusCode.NotFound);
        var agendaItem = await Client.GetAsync($"{Http.GoverningBodies}/agenda-items/{item.Id()}").ExpectAsync(HttpStatusCode.OK);
        Assert.That(agendaItem["documents"]!.AsArray(), Is.Empty);
        var history = await Client.GetAsync($"{url}/history").ExpectAsync(HttpStatusCode.OK);
        Assert.That(history["items"]!.AsArray().Select(e => e!.Str("action")), Is.EqualTo(new[] { "create", "delete" }));
        await Client.RegisterDocumentAsync($"C/{number}/4");
    }

    [Test]
    public async Task AnIssuedDocument_OrOneWithATranslationJob_OrARevision_IsKept()
    {
        var number = Unique();
        await Client.ScheduleSessionAsync(number);
        var issued = await Client.RegisterEditedDocumentAsync($"C/{number}/1");
        await Client.PostJsonAsync($"{Documents}/{issued.Id()}/languages/en/issue", null).ExpectAsync(HttpStatusCode.OK);
        var onRecord = await Client.DeleteAsync($"{Documents}/{issued.Id()}", "*").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(onRecord.Str("code"), Is.EqualTo("not-removable"));

        var translated = await Client.RegisterEditedDocumentAsync($"C/{number}/2");
        await Client.PostJsonAsync($"{Documents}/{translated.Id()}/translation-jobs", new { targetLanguage = "fr", dueOn = "2030-01-01" }).ExpectAsync(HttpStatusCode.Created);
        var job = await Client.DeleteAsync($"{Documents}/{translated.Id()}", "*").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(job.Str("detail"), Does.Contain("translation job"));

        var original = await Client.RegisterDocumentAsync($"C/{number}/3");
        await Client.RegisterDocumentAsync($"C/{number}/3/Rev.1");
        var revised = await Client.DeleteAsync($"{Documents}/{original.Id()}", "*").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(revised.Str("detail"), Does.Contain("later revision or corrigendum"));
    }

    [Test]
    public async Task ARemovedRestrictedDocumentsHistory_StaysWithThoseWhoMaySeeRestrictedDocuments()
    {
        var number = Unique();
        await Client.ScheduleSessionAsync(number);
        var document = await Client.RegisterDocumentAsync($"C/{number}/9", distribution: "restricted");
        using var writer = ClientWith(["governing-bodies:read", "governing-bodies:write"], subject: "writer");
        await writer.DeleteAsync($"{Documents}/{document.Id()}", "*").ExpectProblemAsync(HttpStatusCode.NotFound);

        await Client.DeleteAsync($"{Documents}/{document.Id()}", "*").ExpectAsync(HttpStatusCode.NoContent);
        await Client.GetAsync($"{Documents}/{document.Id()}/history").ExpectAsync(HttpStatusCode.OK);
        await writer.GetAsync($"{Documents}/{document.Id()}/history").ExpectProblemAsync(HttpStatusCode.NotFound);
    }
}
