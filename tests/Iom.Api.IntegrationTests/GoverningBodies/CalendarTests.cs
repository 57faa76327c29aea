using System.Net;
using Ical.Net;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.GoverningBodies;

public sealed class CalendarTests(string provider) : ApiTest(provider)
{
    [Test]
    public async Task SessionCalendar_IsAnICalendarEventSpanningTheSession()
    {
        var session = await Client.ScheduleSessionAsync(Unique(), "2024-11-26", "2024-11-28");
        using var response = await Client.GetAsync($"{Http.GoverningBodies}/sessions/{session.Id()}/calendar?lang=fr");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/calendar"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(Rfc5545.Violations(text), Is.Empty, "RFC 5545");
        var calendar = Calendar.Load(text)!;
        var calendarEvent = calendar.Events.Single();
        Assert.Multiple(() =>
        {
            Assert.That(calendarEvent.Summary, Is.EqualTo(session["title"]!.Str("fr")));
            Assert.That(calendarEvent.Start!.Date, Is.EqualTo(new DateOnly(2024, 11, 26)));
            Assert.That(calendarEvent.End!.Date, Is.EqualTo(new DateOnly(2024, 11, 29)), "DTEND of an all-day event is the day after");
            Assert.That(calendarEvent.Location, Is.EqualTo("Geneva"));
            Assert.That(calendarEvent.Uid, Does.StartWith(session.Id()));
        });
    }

    [Test]
    public async Task Feed_ListsTheBodysSessions_AndMarksCancelledOnes()
    {
        var kept = await Client.ScheduleSessionAsync(Unique(), "2024-06-12", "2024-06-13", "scpf");
        var cancelled = await Client.ScheduleSessionAsync(Unique(), "2024-06-20", "2024-06-20", "scpf");
        await Client.MoveSessionAsync(cancelled.Id(), "cancel");
        var text = await Client.GetStringAsync($"{Http.GoverningBodies}/sessions/calendar?body=scpf");
        Assert.That(Rfc5545.Violations(text), Is.Empty, "RFC 5545");
        var events = Calendar.Load(text)!.Events.ToDictionary(e => e.Uid!.Split('@')[0]);
        Assert.That(events[kept.Id()].Status, Is.EqualTo("TENTATIVE"));
        Assert.That(events[cancelled.Id()].Status, Is.EqualTo("CANCELLED"));
        Assert.That(events.Keys, Has.Count.GreaterThanOrEqualTo(2));
    }

    [Test]
    public async Task Calendar_BadLanguage_Is400_UnknownSession_Is404()
    {
        await Client.GetAsync($"{Http.GoverningBodies}/sessions/calendar?lang=de").ExpectFieldErrorsAsync("lang");
        await Client.GetAsync($"{Http.GoverningBodies}/sessions/{Guid.NewGuid()}/calendar").ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ACalendarApplication_SubscribesWithoutAToken_AndSeesOnlyBodiesThatMeetInPublic()
    {
        var council = await Client.ScheduleSessionAsync(Unique(), "2024-11-26", "2024-11-28", "council");
        var scpf = await Client.ScheduleSessionAsync(Unique(), "2024-06-12", "2024-06-13", "scpf");
        using var calendarApp = AnonymousClient();

        var feed = Calendar.Load(await calendarApp.GetStringAsync($"{Http.GoverningBodies}/sessions/calendar"))!.Events.Select(e => e.Uid!.Split('@')[0]).ToList();
        var withToken = Calendar.Load(await Client.GetStringAsync($"{Http.GoverningBodies}/sessions/calendar"))!.Events.Select(e => e.Uid!.Split('@')[0]).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(feed, Does.Contain(council.Id()));
            Assert.That(feed, Does.Not.Contain(scpf.Id()), "the SCPF meets in private");
            Assert.That(withToken, Does.Contain(council.Id()).And.Contain(scpf.Id()));
        });

        using (var one = await calendarApp.GetAsync($"{Http.GoverningBodies}/sessions/{council.Id()}/calendar"))
        {
            Assert.That(one.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        await calendarApp.GetAsync($"{Http.GoverningBodies}/sessions/{scpf.Id()}/calendar").ExpectProblemAsync(HttpStatusCode.NotFound);
        var privateFeed = await calendarApp.GetStringAsync($"{Http.GoverningBodies}/sessions/calendar?body=scpf");
        Assert.That(Calendar.Load(privateFeed)!.Events, Is.Empty);
    }
}
