using System.Net;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.GoverningBodies;

public sealed class ResolutionsTests(string provider) : ApiTest(provider)
{
    private const string Resolutions = Http.GoverningBodies + "/resolutions";

    /// <summary>After the sessions the tests record resolutions of (2024-11-26 to 28): an adoption is never in the future.</summary>
    [SetUp]
    public void AfterTheSessions() => Clock.Set(new DateTimeOffset(2024, 12, 2, 9, 0, 0, TimeSpan.Zero));

    [Test]
    public async Task Record_ByVote_DerivesTheSymbol_AndKeepsTheCounts()
    {
        var (session, item) = await SittingSessionAsync();
        var number = 10000 + Unique();
        var resolution = await Client.PostJsonAsync(Resolutions, Body(number, session["id"]!.GetValue<string>(), new { method = "vote", votesFor = 98, votesAgainst = 3, abstentions = 7 }, item))
            .ExpectAsync(HttpStatusCode.Created);
        Assert.Multiple(() =>
        {
            Assert.That(resolution.Str("symbol"), Is.EqualTo($"{session.Str("symbolPrefix")}/RES/{number}"));
            Assert.That(resolution["adoption"]!.Str("method"), Is.EqualTo("vote"));
            Assert.That((int)resolution["adoption"]!["votesFor"]!, Is.EqualTo(98));
            Assert.That(resolution.Str("agendaItemId"), Is.EqualTo(item));
        });
        var fetched = await Client.GetAsync($"{Resolutions}/{resolution.Id()}").ExpectAsync(HttpStatusCode.OK);
        Assert.That(fetched.ToJsonString(), Is.EqualTo(resolution.ToJsonString()));
    }

    [Test]
    public async Task Record_ByConsensus_HasNoCounts()
    {
        var (session, _) = await SittingSessionAsync();
        var resolution = await Client.PostJsonAsync(Resolutions, Body(10000 + Unique(), session.Id(), new { method = "consensus" })).ExpectAsync(HttpStatusCode.Created);
        Assert.That(resolution["adoption"]!["votesFor"], Is.Null);
        await Client.PostJsonAsync(Resolutions, Body(10000 + Unique(), session.Id(), new { method = "consensus", votesFor = 3 })).ExpectFieldErrorsAsync("adoption");
    }

    [Test]
    public async Task Record_TheSameNumberTwice_Is409()
    {
        var (session, _) = await SittingSessionAsync();
        var number = 10000 + Unique();
        await Client.PostJsonAsync(Resolutions, Body(number, session.Id(), new { method = "consensus" })).ExpectAsync(HttpStatusCode.Created);
        await Client.PostJsonAsync(Resolutions, Body(number, session.Id(), new { method = "consensus" })).ExpectProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Record_ForASessionNotSitting_Is409()
    {
        var session = await Client.ScheduleSessionAsync(Unique());
        var problem = await Client.PostJsonAsync(Resolutions, Body(10000 + Unique(), session.Id(), new { method = "consensus" })).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Str("code"), Is.EqualTo("session-not-sitting"));
    }

    [Test]
    public async Task Record_Validation_AndDatesOutsideTheSession()
    {
        var (session, _) = await SittingSessionAsync();
        await Client.PostJsonAsync(Resolutions, new { number = 0, sessionId = session.Id(), title = new { }, adoption = new { method = "vote", votesFor = 1, votesAgainst = 5 } })
            .ExpectFieldErrorsAsync("number", "title", "adoptedOn", "adoption.abstentions", "adoption.votesFor");
        await Client.PostJsonAsync(Resolutions, Body(10000 + Unique(), session.Id(), new { method = "consensus" }, adoptedOn: "2024-12-25")).ExpectFieldErrorsAsync("adoptedOn");
        await Client.PostJsonAsync(Resolutions, Body(10000 + Unique(), Guid.NewGuid().ToString(), new { method = "consensus" })).ExpectFieldErrorsAsync("sessionId");
        Clock.Set(new DateTimeOffset(2024, 11, 26, 18, 0, 0, TimeSpan.Zero));
        var tomorrow = await Client.PostJsonAsync(Resolutions, Body(10000 + Unique(), session.Id(), new { method = "consensus" }, adoptedOn: "2024-11-27")).ExpectFieldErrorsAsync("adoptedOn");
        Assert.That(tomorrow["errors"]!["adoptedOn"]![0]!.GetValue<string>(), Does.Contain("2024-11-26"));
        AfterTheSessions();
        var other = await SittingSessionAsync();
        await Client.PostJsonAsync(Resolutions, Body(10000 + Unique(), session.Id(), new { method = "consensus" }, other.Item)).ExpectFieldErrorsAsync("agendaItemId");
    }

    [Test]
    public async Task List_ByNumberRange_AndSession()
    {
        var (session, _) = await SittingSessionAsync();
        var numbers = new[] { 50000 + Unique(), 50000 + Unique(), 50000 + Unique() };
        foreach (var number in numbers.Reverse())
        {
            await Client.PostJsonAsync(Resolutions, Body(number, session.Id(), new { method = "consensus" })).ExpectAsync(HttpStatusCode.Created);
        }

        var page = await Client.GetAsync($"{Resolutions}?sessionId={session.Id()}&numberFrom={numbers[1]}").ExpectAsync(HttpStatusCode.OK);
        Assert.That(page["items"]!.AsArray().Select(r => (int)r!["number"]!), Is.EqualTo(numbers[1..]));
        await Client.GetAsync($"{Resolutions}?numberFrom=10&numberTo=5").ExpectFieldErrorsAsync("numberTo");
        await Client.GetAsync($"{Resolutions}/{Guid.NewGuid()}").ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ATitleIsCorrected_AndAResolutionRecordedByMistakeRemoved_UntilTheReportIsAdopted()
    {
        var (session, item) = await SittingSessionAsync();
        var number = 30000 + Unique();
        var resolution = await Client.PostJsonAsync(Resolutions, Body(number, session.Id(), new { method = "consensus" }, item)).ExpectAsync(HttpStatusCode.Created);
        var url = $"{Resolutions}/{resolution.Id()}";
        await Client.PatchJsonAsync(url, """{"title":{"en":"Programme and Budget for 2025"}}""", null).ExpectProblemAsync(HttpStatusCode.PreconditionRequired);
        await Client.PatchJsonAsync(url, """{"adoptedOn":"2024-11-26"}""").ExpectFieldErrorsAsync("adoptedOn");
        var corrected = await Client.PatchJsonAsync(url, """{"title":{"en":"Programme and Budget for 2025"}}""", "\"1\"").ExpectAsync(HttpStatusCode.OK);
        Assert.That(corrected["title"]!.Str("en"), Is.EqualTo("Programme and Budget for 2025"));

        await Client.DeleteAsync(url, "\"2\"").ExpectAsync(HttpStatusCode.NoContent);
        await Client.GetAsync(url).ExpectProblemAsync(HttpStatusCode.NotFound);
        var history = await Client.GetAsync($"{url}/history").ExpectAsync(HttpStatusCode.OK);
        Assert.That(history["items"]!.AsArray().Select(e => e!.Str("action")), Is.EqualTo(new[] { "create", "update", "delete" }));
        await Client.PostJsonAsync(Resolutions, Body(number, session.Id(), new { method = "consensus" }, item)).ExpectAsync(HttpStatusCode.Created);

        var kept = await Client.PostJsonAsync(Resolutions, Body(number + 1, session.Id(), new { method = "consensus" }, item)).ExpectAsync(HttpStatusCode.Created);
        await Client.MoveSessionAsync(session.Id(), "close", "adopt-report");
        var final = await Client.PatchJsonAsync($"{Resolutions}/{kept.Id()}", """{"title":{"en":"Too late"}}""").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(final.Str("detail"), Does.Contain("report"));
        await Client.DeleteAsync($"{Resolutions}/{kept.Id()}", "*").ExpectProblemAsync(HttpStatusCode.Conflict);
    }

    private async Task<(System.Text.Json.Nodes.JsonNode Session, string Item)> SittingSessionAsync()
    {
        var session = await Client.ScheduleSessionAsync(Unique(), "2024-11-26", "2024-11-28");
        var item = await Client.AddAgendaItemAsync(session.Id(), "8");
        session = await Client.MoveSessionAsync(session.Id(), "send-notice", "open");
        return (session, item.Id());
    }

    private static object Body(int number, string sessionId, object adoption, string? agendaItemId = null, string adoptedOn = "2024-11-27") => new
    {
        number,
        sessionId,
        agendaItemId,
        title = new { en = "Programme and Budget for 2025" },
        adoptedOn,
        adoption,
    };
}
