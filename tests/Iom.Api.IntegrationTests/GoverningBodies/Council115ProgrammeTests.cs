using System.Net;
using System.Text.Json.Nodes;
using Ical.Net;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.GoverningBodies;

/// <summary>
/// The Council's 115th session run from its programme of work (Fixtures/council-115-programme.json): the agenda, the
/// sittings that take it up, the election of officers before the adoption of the agenda, the speakers, and the timetable
/// as JSON and as iCalendar.
/// </summary>
public sealed class Council115ProgrammeTests(string provider) : ApiTest(provider)
{
    private JsonNode _session = null!;
    private Dictionary<string, JsonNode> _items = null!;
    private Dictionary<int, JsonNode> _sittings = null!;

    private JsonNode Chair { get; set; } = null!;

    [OneTimeSetUp]
    public async Task RunTheProgrammeAsync()
    {
        var programme = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "council-115-programme.json")))!;
        var dates = programme["session"]!;
        _session = await Client.ScheduleSessionAsync(Unique(), dates.Str("startDate"), dates.Str("endDate"));
        _items = [];
        foreach (var item in programme["agenda"]!.AsArray().Select(i => i!))
        {
            _items[item.Str("number")] = await Client.PostJsonAsync(
                $"{Http.GoverningBodies}/sessions/{_session.Id()}/agenda-items", new { number = item.Str("number"), title = new { en = item.Str("en") } })
                .ExpectAsync(HttpStatusCode.Created);
        }

        _sittings = [];
        foreach (var sitting in programme["sittings"]!.AsArray().Select(s => s!))
        {
            var number = (int)sitting["number"]!;
            _sittings[number] = await Client.PostJsonAsync($"{Http.GoverningBodies}/sessions/{_session.Id()}/sittings", new
            {
                number,
                date = sitting.Str("date"),
                startTime = sitting.Str("startTime"),
                endTime = sitting.Str("endTime"),
                room = sitting.Str("room"),
                agendaItemIds = sitting["items"]!.AsArray().Select(n => _items[n!.GetValue<string>()].Id()).ToArray(),
            }).ExpectAsync(HttpStatusCode.Created);
        }
    }

    [Test, Order(1)]
    public async Task TheAgenda_IsAdoptedOnlyAfterTheElectionOfOfficers()
    {
        var adoption = $"{Http.GoverningBodies}/agenda-items/{_items["5"].Id()}/adopt";
        var early = await Client.PostJsonAsync($"{Http.GoverningBodies}/sessions/{_session.Id()}/officers", new { role = "chair", name = "H.E. Mr Early" })
            .ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(early.Str("code"), Is.EqualTo("session-not-open"), "officers are elected at the opening");
        await Client.MoveSessionAsync(_session.Id(), "send-notice", "open");
        var refused = await Client.PostJsonAsync(adoption, null).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(refused.Str("code"), Is.EqualTo("officers-not-elected"));

        var officers = $"{Http.GoverningBodies}/sessions/{_session.Id()}/officers";
        var chair = await Client.PostJsonAsync(officers, new { role = "chair", name = "H.E. Ms Chair", country = "CH" }).ExpectAsync(HttpStatusCode.Created);
        await Client.PostJsonAsync(officers, new { role = "viceChair", name = "H.E. Mr First Vice-Chair", country = "KEN" }).ExpectAsync(HttpStatusCode.Created);
        await Client.PostJsonAsync(officers, new { role = "viceChair", name = "H.E. Ms Second Vice-Chair", country = "PER" }).ExpectAsync(HttpStatusCode.Created);
        await Client.PostJsonAsync(officers, new { role = "rapporteur", name = "Mr Rapporteur", country = "PHL" }).ExpectAsync(HttpStatusCode.Created);
        var second = await Client.PostJsonAsync(officers, new { role = "chair", name = "H.E. Mr Other" }).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(second.Str("detail"), Does.Contain("chair"));
        Assert.That(chair.Str("country"), Is.EqualTo("CHE"));
        Assert.That(chair.Str("electedOn"), Is.EqualTo("2024-11-26"), "elected at the opening unless told otherwise");

        Assert.That((await Client.PostJsonAsync(adoption, null).ExpectAsync(HttpStatusCode.OK)).Str("status"), Is.EqualTo("adopted"));
        var listed = await Client.GetAsync(officers).ExpectAsync(HttpStatusCode.OK);
        Assert.That(listed["items"]!.AsArray().Select(o => o!.Str("role")), Is.EqualTo(new[] { "chair", "viceChair", "viceChair", "rapporteur" }));
    }

    [Test, Order(2)]
    public async Task TheTimetable_ListsTheSittingsInOrder_WithTheirItemsSpeakersAndPresidingOfficer()
    {
        var chair = Chair = (await Client.GetAsync($"{Http.GoverningBodies}/sessions/{_session.Id()}/officers").ExpectAsync(HttpStatusCode.OK))["items"]![0]!;
        var first = $"{Http.GoverningBodies}/sittings/{_sittings[1].Id()}";
        await Client.PatchJsonAsync(first, $$"""{"presidingOfficerId":"{{chair.Id()}}"}""").ExpectAsync(HttpStatusCode.OK);
        var speakers = $"{first}/speakers";
        var report = _items["6"].Id();
        await Client.PostJsonAsync(speakers, new { agendaItemId = report, onBehalfOf = new { country = "CHE" } }).ExpectAsync(HttpStatusCode.Created);
        await Client.PostJsonAsync(speakers, new { agendaItemId = report, onBehalfOf = new { organization = "International Labour Organization" } })
            .ExpectAsync(HttpStatusCode.Created);
        var eu = await Client.PostJsonAsync(speakers, new { agendaItemId = report, onBehalfOf = new { group = "European Union and its member states" }, position = 1 })
            .ExpectAsync(HttpStatusCode.Created);
        Assert.That((int)eu["position"]!, Is.EqualTo(1));

        var timetable = await Client.GetAsync($"{Http.GoverningBodies}/sessions/{_session.Id()}/timetable").ExpectAsync(HttpStatusCode.OK);
        var sittings = timetable["sittings"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(sittings.Select(s => (int)s!["sitting"]!["number"]!), Is.EqualTo(new[] { 1, 2, 3 }));
            Assert.That(sittings[0]!["sitting"]!.Str("startsAt"), Is.EqualTo("2024-11-26T09:00:00Z"), "10:00 in Geneva, on CET (UTC+1) in November");
            Assert.That(sittings[0]!["sitting"]!.Str("timeZone"), Is.EqualTo("Europe/Zurich"));
            Assert.That(sittings[0]!["sitting"]!.Str("access"), Is.EqualTo("public"), "the Council meets in public");
            Assert.That(sittings[0]!["presidingOfficer"]!.Str("name"), Is.EqualTo("H.E. Ms Chair"));
            Assert.That(sittings[2]!["items"]!.AsArray().Select(i => i!["item"]!.Str("number")), Is.EqualTo(new[] { "8", "9", "9(a)", "9(b)" }));
            var onItem6 = sittings[0]!["items"]!.AsArray().Single(i => i!["item"]!.Str("number") == "6")!["speakers"]!.AsArray();
            Assert.That(onItem6.Select(s => s!.Str("speaksFor")),
                Is.EqualTo(new[] { "European Union and its member states", "Switzerland", "International Labour Organization" }));
            Assert.That(onItem6.Select(s => (int)s!["position"]!), Is.EqualTo(new[] { 1, 2, 3 }));
        });
    }

    [Test, Order(3)]
    public async Task TheTimetableCalendar_HasATimedEventPerSitting_InTheVenuesTimeZone()
    {
        var text = await Client.GetStringAsync($"{Http.GoverningBodies}/sessions/{_session.Id()}/timetable/calendar");
        Assert.That(Rfc5545.Violations(text), Is.Empty, "RFC 5545");
        var calendar = Calendar.Load(text)!;
        Assert.That(calendar.TimeZones.Select(z => z.TzId), Is.EqualTo(new[] { "Europe/Zurich" }));
        var first = calendar.Events.Single(e => e.Uid!.StartsWith(_sittings[1].Id(), StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("DTSTART;TZID=Europe/Zurich:20241126T100000"));
            Assert.That(first.Start!.AsUtc, Is.EqualTo(new DateTime(2024, 11, 26, 9, 0, 0, DateTimeKind.Utc)));
            Assert.That(first.End!.AsUtc, Is.EqualTo(new DateTime(2024, 11, 26, 12, 0, 0, DateTimeKind.Utc)));
            Assert.That(first.Location, Is.EqualTo("Plenary hall, Geneva"));
            Assert.That(text.Replace("\r\n ", string.Empty, StringComparison.Ordinal), Does.Contain($"ATTENDEE;CN=H.E. Ms Chair;ROLE=CHAIR:urn:uuid:{Chair.Id()}"));
            Assert.That(first.Description, Does.Contain("Item 6: Report of the Director General"));
            Assert.That(first.Description, Does.Contain("Speakers: European Union and its member states; Switzerland; International Labour Organization"));
            Assert.That(calendar.Events, Has.Count.EqualTo(3));
        });
    }

    [Test, Order(4)]
    public async Task WithoutAToken_ACalendarApplicationSeesOnlyThePublicSittings()
    {
        var closed = await Client.PostJsonAsync($"{Http.GoverningBodies}/sessions/{_session.Id()}/sittings", new
        {
            number = 9, date = "2024-11-28", startTime = "08:30", endTime = "09:30", room = "Room B", access = "private",
        }).ExpectAsync(HttpStatusCode.Created);
        using var calendarApp = AnonymousClient();
        var uids = Calendar.Load(await calendarApp.GetStringAsync($"{Http.GoverningBodies}/sessions/{_session.Id()}/timetable/calendar"))!.Events.Select(e => e.Uid!.Split('@')[0]).ToList();
        var withToken = Calendar.Load(await Client.GetStringAsync($"{Http.GoverningBodies}/sessions/{_session.Id()}/timetable/calendar"))!.Events.Single(e => e.Uid!.StartsWith(closed.Id(), StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(uids, Does.Contain(_sittings[1].Id()).And.Not.Contain(closed.Id()));
            Assert.That(withToken.Class, Is.EqualTo("PRIVATE"));
        });
        await calendarApp.GetAsync($"{Http.GoverningBodies}/sessions/{_session.Id()}/timetable").ExpectProblemAsync(HttpStatusCode.Unauthorized);
    }
}
