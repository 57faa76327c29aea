using System.Net;
using System.Text.Json.Nodes;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.GoverningBodies;

/// <summary>Sittings: where and when they meet (rooms, time zones, clock changes), what they take up, and what refuses a change.</summary>
public sealed class SittingsTests(string provider) : ApiTest(provider)
{
    private static object Sitting(int number, string date = "2024-11-26", string start = "10:00", string end = "13:00", string? room = null, object? more = null) =>
        more ?? new { number, date, startTime = start, endTime = end, room };

    private Task<JsonNode> ScheduleAsync(string sessionId, object body) =>
        Client.PostJsonAsync($"{Http.GoverningBodies}/sessions/{sessionId}/sittings", body).ExpectAsync(HttpStatusCode.Created);

    [Test]
    public async Task ARoom_HoldsOneSittingAtATime_AcrossSessions_UntilOneIsCancelled()
    {
        var room = $"Room {Unique()}";
        var council = await Client.ScheduleSessionAsync(Unique());
        var idm = await Client.ScheduleSessionAsync(Unique(), body: "idm", kind: "idm");
        var first = await ScheduleAsync(council.Id(), Sitting(1, room: room));
        var clash = await Client.PostJsonAsync($"{Http.GoverningBodies}/sessions/{idm.Id()}/sittings", Sitting(1, start: "12:30", end: "14:00", room: room))
            .ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(clash.Str("code"), Is.EqualTo("room-taken"));
        Assert.That(clash.Str("detail"), Does.Contain("from 10:00 to 13:00"));

        await ScheduleAsync(idm.Id(), Sitting(1, start: "13:00", end: "14:00", room: room));
        await Client.PostJsonAsync($"{Http.GoverningBodies}/sittings/{first.Id()}/cancel", null).ExpectAsync(HttpStatusCode.OK);
        await ScheduleAsync(idm.Id(), Sitting(2, start: "11:00", end: "12:30", room: room));
    }

    [Test]
    public async Task LocalTimes_TakeTheZonesOffsetOnTheDay_AcrossAClockChange()
    {
        var session = await Client.ScheduleSessionAsync(Unique(), "2024-03-29", "2024-04-02");
        var before = await ScheduleAsync(session.Id(), Sitting(1, "2024-03-29"));
        var after = await ScheduleAsync(session.Id(), Sitting(2, "2024-04-02"));
        Assert.Multiple(() =>
        {
            Assert.That(before.Str("startsAt"), Is.EqualTo("2024-03-29T09:00:00Z"), "CET, UTC+1");
            Assert.That(after.Str("startsAt"), Is.EqualTo("2024-04-02T08:00:00Z"), "CEST from 31 March, UTC+2");
            Assert.That(after.Str("startTime"), Is.EqualTo("10:00:00"));
        });
    }

    [Test]
    public async Task TheVenue_GivesTheTimeZone_AndTheBody_GivesTheAccess()
    {
        var idm = await Client.PostJsonAsync($"{Http.GoverningBodies}/sessions", WithVenue(GoverningBodiesApi.SessionBody(Unique(), "2024-05-14", "2024-05-15", "idm", "idm"), "New York"))
            .ExpectAsync(HttpStatusCode.Created);
        var inNewYork = await ScheduleAsync(idm.Id(), Sitting(1, "2024-05-14"));
        Assert.Multiple(() =>
        {
            Assert.That(inNewYork.Str("timeZone"), Is.EqualTo("America/New_York"));
            Assert.That(inNewYork.Str("startsAt"), Is.EqualTo("2024-05-14T14:00:00Z"), "EDT, UTC-4");
            Assert.That(inNewYork.Str("access"), Is.EqualTo("public"));
        });

        var scpf = await Client.ScheduleSessionAsync(Unique(), "2024-06-12", "2024-06-13", "scpf");
        Assert.That((await ScheduleAsync(scpf.Id(), Sitting(1, "2024-06-12"))).Str("access"), Is.EqualTo("private"), "the SCPF meets in private");

        var elsewhere = await Client.PostJsonAsync($"{Http.GoverningBodies}/sessions", WithVenue(GoverningBodiesApi.SessionBody(Unique()), "Bangkok")).ExpectAsync(HttpStatusCode.Created);
        await Client.PostJsonAsync($"{Http.GoverningBodies}/sessions/{elsewhere.Id()}/sittings", Sitting(1)).ExpectFieldErrorsAsync("timeZone");
        Assert.That((await ScheduleAsync(elsewhere.Id(), new { number = 1, date = "2024-11-26", startTime = "10:00", endTime = "12:00", timeZone = "Asia/Bangkok" }))
            .Str("startsAt"), Is.EqualTo("2024-11-26T03:00:00Z"));
    }

    [Test]
    public async Task SittingsYearsAhead_HaveTheirZoneInTheCalendar()
    {
        // Ical.Net reads a zone's history up to the real today: a calendar whose first sitting lies ahead of it once failed.
        var session = await Client.ScheduleSessionAsync(Unique(), "2031-11-25", "2031-11-27");
        await ScheduleAsync(session.Id(), Sitting(1, "2031-11-25"));
        var text = await Client.GetStringAsync($"{Http.GoverningBodies}/sessions/{session.Id()}/timetable/calendar");
        Assert.That(Rfc5545.Violations(text), Is.Empty, "RFC 5545");
        Assert.That(text, Does.Contain("DTSTART;TZID=Europe/Zurich:20311125T100000"));
    }

    [Test]
    public async Task BadSittings_Are400_WithTheFieldNamed()
    {
        var session = await Client.ScheduleSessionAsync(Unique());
        var other = await Client.ScheduleSessionAsync(Unique());
        var foreignItem = await Client.AddAgendaItemAsync(other.Id(), "1");
        var url = $"{Http.GoverningBodies}/sessions/{session.Id()}/sittings";
        await Client.PostJsonAsync(url, Sitting(1, "2024-11-30")).ExpectFieldErrorsAsync("date");
        await Client.PostJsonAsync(url, Sitting(1, start: "13:00", end: "10:00")).ExpectFieldErrorsAsync("endTime");
        await Client.PostJsonAsync(url, new { number = 1, date = "2024-11-26", startTime = "10:00", endTime = "11:00", timeZone = "Geneva/Palais" }).ExpectFieldErrorsAsync("timeZone");
        await Client.PostJsonAsync(url, new { number = 1, date = "2024-11-26", startTime = "10:00", endTime = "11:00", webcastUrl = "webcast" }).ExpectFieldErrorsAsync("webcastUrl");
        await Client.PostJsonAsync(url, new { number = 1, date = "2024-11-26", startTime = "10:00", endTime = "11:00", agendaItemIds = new[] { foreignItem.Id() } })
            .ExpectFieldErrorsAsync("agendaItemIds");
        await Client.PostJsonAsync(url, new { number = 0, date = "2024-11-26" }).ExpectFieldErrorsAsync("number", "startTime", "endTime");
        await Client.PostJsonAsync($"{Http.GoverningBodies}/sessions/{Guid.NewGuid()}/sittings", Sitting(1)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await ScheduleAsync(session.Id(), Sitting(1));
        var duplicate = await Client.PostJsonAsync(url, Sitting(1, start: "15:00", end: "16:00")).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(duplicate.Str("code"), Is.EqualTo("duplicate"));
        var rows = await Client.GetAsync(url).ExpectAsync(HttpStatusCode.OK);
        Assert.That(rows["items"]!.AsArray(), Has.Count.EqualTo(1), "no refused sitting was written");
    }

    [Test]
    public async Task ASitting_IsCorrected_WithIfMatch_AndKeepsItemsThatHaveSpeakers()
    {
        var session = await Client.ScheduleSessionAsync(Unique());
        var one = await Client.AddAgendaItemAsync(session.Id(), "1");
        var two = await Client.AddAgendaItemAsync(session.Id(), "2");
        var sitting = await ScheduleAsync(session.Id(), new { number = 1, date = "2024-11-26", startTime = "10:00", endTime = "13:00", agendaItemIds = new[] { one.Id(), two.Id() } });
        var url = $"{Http.GoverningBodies}/sittings/{sitting.Id()}";
        await Client.PatchJsonAsync(url, """{"room":"Room B"}""", ifMatch: null).ExpectProblemAsync(HttpStatusCode.PreconditionRequired);
        var moved = await Client.PatchJsonAsync(url, $$"""{"date":"2024-11-27","room":"Room B","agendaItemIds":["{{two.Id()}}","{{one.Id()}}"]}""", "\"1\"").ExpectAsync(HttpStatusCode.OK);
        Assert.That(moved["agendaItems"]!.AsArray().Select(i => i!.Str("number")), Is.EqualTo(new[] { "2", "1" }));
        Assert.That(moved.Str("date"), Is.EqualTo("2024-11-27"));

        await Client.PostJsonAsync($"{url}/speakers", new { agendaItemId = one.Id(), onBehalfOf = new { country = "FRA" } }).ExpectAsync(HttpStatusCode.Created);
        var kept = await Client.PatchJsonAsync(url, $$"""{"agendaItemIds":["{{two.Id()}}"]}""").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(kept.Str("code"), Is.EqualTo("item-has-speakers"));
        var removal = await Client.DeleteAsync(url, "*").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(removal.Str("detail"), Does.Contain("speaker"));

        var history = await Client.GetAsync($"{Http.GoverningBodies}/sittings/{sitting.Id()}/history").ExpectAsync(HttpStatusCode.OK);
        Assert.That(history["items"]!.AsArray().Select(e => e!.Str("action")), Is.EqualTo(new[] { "create", "update" }));
    }

    [Test]
    public async Task AScheduledSitting_IsRemoved_AHeldOneStays_AndACancelledOneIsFinal()
    {
        var session = await Client.ScheduleSessionAsync(Unique());
        var mistake = await ScheduleAsync(session.Id(), Sitting(1));
        using (var removed = await Client.DeleteAsync($"{Http.GoverningBodies}/sittings/{mistake.Id()}", "\"1\""))
        {
            Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        await Client.GetAsync($"{Http.GoverningBodies}/sittings/{mistake.Id()}").ExpectProblemAsync(HttpStatusCode.NotFound);
        var held = await ScheduleAsync(session.Id(), Sitting(2));
        Assert.That((await Client.PostJsonAsync($"{Http.GoverningBodies}/sittings/{held.Id()}/hold", null).ExpectAsync(HttpStatusCode.OK)).Str("status"), Is.EqualTo("held"));
        var stays = await Client.DeleteAsync($"{Http.GoverningBodies}/sittings/{held.Id()}", "*").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(stays.Str("code"), Is.EqualTo("not-removable"));
        await Client.PostJsonAsync($"{Http.GoverningBodies}/sittings/{held.Id()}/cancel", null).ExpectProblemAsync(HttpStatusCode.Conflict);

        var cancelled = await ScheduleAsync(session.Id(), Sitting(3, start: "15:00", end: "16:00"));
        await Client.PostJsonAsync($"{Http.GoverningBodies}/sittings/{cancelled.Id()}/cancel", null).ExpectAsync(HttpStatusCode.OK);
        await Client.PatchJsonAsync($"{Http.GoverningBodies}/sittings/{cancelled.Id()}", """{"room":"Room C"}""").ExpectProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task TheSessionsDates_CannotLeaveASittingOutside_AndAClosedSessionsTimetableIsFinal()
    {
        var session = await Client.ScheduleSessionAsync(Unique());
        await ScheduleAsync(session.Id(), Sitting(1, "2024-11-28"));
        var moved = await Client.PatchJsonAsync($"{Http.GoverningBodies}/sessions/{session.Id()}", """{"endDate":"2024-11-27"}""").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(moved.Str("code"), Is.EqualTo("sittings-outside-dates"));

        await Client.MoveSessionAsync(session.Id(), "send-notice", "open", "close");
        var final = await Client.PostJsonAsync($"{Http.GoverningBodies}/sessions/{session.Id()}/sittings", Sitting(2)).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(final.Str("code"), Is.EqualTo("timetable-final"));
    }

    private static JsonNode WithVenue(object body, string venue)
    {
        var node = System.Text.Json.JsonSerializer.SerializeToNode(body)!;
        node["venue"] = venue;
        return node;
    }
}
