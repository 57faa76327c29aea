using System.Net;
using System.Text.Json.Nodes;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.GoverningBodies;

/// <summary>Officers are corrected and removed as the rules allow; speakers' lists keep their order as speakers join, move and leave.</summary>
public sealed class OfficersAndSpeakersTests(string provider) : ApiTest(provider)
{
    [Test]
    public async Task AnOfficer_IsCorrected_WithinTheSessionsDates_AndRemovedUnlessPresiding()
    {
        var session = await Client.ScheduleSessionAsync(Unique());
        var chair = await Client.OpenAndElectChairAsync(session.Id());
        var url = $"{Http.GoverningBodies}/officers/{chair.Id()}";
        var corrected = await Client.PatchJsonAsync(url, """{"name":"H.E. Mrs A. Chair","electedOn":"2024-11-27"}""", "\"1\"").ExpectAsync(HttpStatusCode.OK);
        Assert.That(corrected.Str("name"), Is.EqualTo("H.E. Mrs A. Chair"));
        await Client.PatchJsonAsync(url, """{"electedOn":"2024-12-01"}""").ExpectFieldErrorsAsync("electedOn");
        await Client.PatchJsonAsync(url, """{"country":"ZZZ"}""").ExpectFieldErrorsAsync("country");
        await Client.PostJsonAsync($"{Http.GoverningBodies}/sessions/{session.Id()}/officers", new { role = "secretary", name = "X" }).ExpectFieldErrorsAsync("role");

        var rapporteur = await Client.PostJsonAsync($"{Http.GoverningBodies}/sessions/{session.Id()}/officers", new { role = "rapporteur", name = "Mr R." })
            .ExpectAsync(HttpStatusCode.Created);
        var sittings = $"{Http.GoverningBodies}/sessions/{session.Id()}/sittings";
        await Client.PostJsonAsync(sittings, new { number = 1, date = "2024-11-26", startTime = "10:00", endTime = "11:00", presidingOfficerId = rapporteur.Id() })
            .ExpectFieldErrorsAsync("presidingOfficerId");
        await Client.PostJsonAsync(sittings, new { number = 1, date = "2024-11-26", startTime = "10:00", endTime = "11:00", presidingOfficerId = chair.Id() })
            .ExpectAsync(HttpStatusCode.Created);
        var presiding = await Client.DeleteAsync(url, "*").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(presiding.Str("detail"), Does.Contain("1 sitting"));
        using var removed = await Client.DeleteAsync($"{Http.GoverningBodies}/officers/{rapporteur.Id()}", "\"1\"");
        Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
    }

    [Test]
    public async Task SpeakersList_KeepsItsOrder_AsSpeakersJoinMoveAndLeave()
    {
        var (sitting, item) = await SittingWithItemAsync();
        var url = $"{Http.GoverningBodies}/sittings/{sitting.Id()}/speakers";
        var a = await InscribeAsync(url, item, "KEN");
        var b = await InscribeAsync(url, item, "MEX");
        var c = await InscribeAsync(url, item, "NOR");
        await Client.PatchJsonAsync($"{Http.GoverningBodies}/speakers/{c.Id()}", """{"position":1}""").ExpectAsync(HttpStatusCode.OK);
        Assert.That(await OrderAsync(url), Is.EqualTo(new[] { "NOR", "KEN", "MEX" }));
        using (await Client.DeleteAsync($"{Http.GoverningBodies}/speakers/{a.Id()}", "*"))
        {
        }

        Assert.That(await OrderAsync(url), Is.EqualTo(new[] { "NOR", "MEX" }));
        var list = await Client.GetAsync(url).ExpectAsync(HttpStatusCode.OK);
        Assert.That(list["items"]!.AsArray().Select(s => (int)s!["position"]!), Is.EqualTo(new[] { 1, 2 }));
        await Client.PatchJsonAsync($"{Http.GoverningBodies}/speakers/{b.Id()}", """{"position":4}""").ExpectFieldErrorsAsync("position");
        var stale = await Client.PatchJsonAsync($"{Http.GoverningBodies}/speakers/{b.Id()}", """{"speakerName":"Ms B."}""", "\"1\"").ExpectProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.That(stale, Is.Not.Null, "moving up the list changed B's version");
    }

    [Test]
    public async Task ASpeakerWhoSpoke_StaysOnTheRecord()
    {
        var (sitting, item) = await SittingWithItemAsync();
        var url = $"{Http.GoverningBodies}/sittings/{sitting.Id()}/speakers";
        var speaker = await InscribeAsync(url, item, "BRA");
        var spoke = await Client.PostJsonAsync($"{Http.GoverningBodies}/speakers/{speaker.Id()}/record-statement", null).ExpectAsync(HttpStatusCode.OK);
        Assert.That(spoke.Str("status"), Is.EqualTo("spoke"));
        await Client.PatchJsonAsync($"{Http.GoverningBodies}/speakers/{speaker.Id()}", """{"speakerName":"Other"}""").ExpectProblemAsync(HttpStatusCode.Conflict);
        var kept = await Client.DeleteAsync($"{Http.GoverningBodies}/speakers/{speaker.Id()}", "*").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(kept.Str("code"), Is.EqualTo("not-removable"));
        await Client.PostJsonAsync($"{Http.GoverningBodies}/speakers/{speaker.Id()}/withdraw", null).ExpectProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task BadSpeakers_Are400_AndACancelledSittingTakesNone()
    {
        var (sitting, item) = await SittingWithItemAsync();
        var url = $"{Http.GoverningBodies}/sittings/{sitting.Id()}/speakers";
        var other = await Client.AddAgendaItemAsync(sitting.Str("sessionId"), "7");
        await Client.PostJsonAsync(url, new { agendaItemId = item, onBehalfOf = new { } }).ExpectFieldErrorsAsync("onBehalfOf");
        await Client.PostJsonAsync(url, new { agendaItemId = item, onBehalfOf = new { group = "G77", country = "IND" } }).ExpectFieldErrorsAsync("onBehalfOf");
        await Client.PostJsonAsync(url, new { agendaItemId = item, onBehalfOf = new { country = "ZZZ" } }).ExpectFieldErrorsAsync("onBehalfOf.country");
        await Client.PostJsonAsync(url, new { agendaItemId = other.Id(), onBehalfOf = new { country = "IND" } }).ExpectFieldErrorsAsync("agendaItemId");
        await Client.PostJsonAsync(url, new { agendaItemId = item, onBehalfOf = new { country = "IND" }, position = 3 }).ExpectFieldErrorsAsync("position");
        await Client.PostJsonAsync($"{Http.GoverningBodies}/sittings/{Guid.NewGuid()}/speakers", new { agendaItemId = item, onBehalfOf = new { country = "IND" } })
            .ExpectProblemAsync(HttpStatusCode.NotFound);
        await Client.PostJsonAsync($"{Http.GoverningBodies}/sittings/{sitting.Id()}/cancel", null).ExpectAsync(HttpStatusCode.OK);
        var cancelled = await Client.PostJsonAsync(url, new { agendaItemId = item, onBehalfOf = new { country = "IND" } }).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(cancelled.Str("code"), Is.EqualTo("sitting-cancelled"));
        Assert.That((await Client.GetAsync(url).ExpectAsync(HttpStatusCode.OK))["items"]!.AsArray(), Is.Empty);
    }

    private async Task<(JsonNode Sitting, string ItemId)> SittingWithItemAsync()
    {
        var session = await Client.ScheduleSessionAsync(Unique());
        var item = await Client.AddAgendaItemAsync(session.Id(), "6");
        var sitting = await Client.PostJsonAsync($"{Http.GoverningBodies}/sessions/{session.Id()}/sittings",
            new { number = 1, date = "2024-11-26", startTime = "10:00", endTime = "13:00", agendaItemIds = new[] { item.Id() } }).ExpectAsync(HttpStatusCode.Created);
        return (sitting, item.Id());
    }

    private Task<JsonNode> InscribeAsync(string url, string itemId, string country) =>
        Client.PostJsonAsync(url, new { agendaItemId = itemId, onBehalfOf = new { country } }).ExpectAsync(HttpStatusCode.Created);

    private async Task<string[]> OrderAsync(string url) =>
        (await Client.GetAsync(url).ExpectAsync(HttpStatusCode.OK))["items"]!.AsArray().Select(s => s!["onBehalfOf"]!.Str("country")).ToArray();
}
