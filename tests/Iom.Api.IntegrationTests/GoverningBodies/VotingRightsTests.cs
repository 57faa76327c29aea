using System.Net;
using System.Text.Json.Nodes;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.GoverningBodies;

/// <summary>
/// Member States and their voting rights under Constitution Art. 4(1), through HTTP: a State the Council was informed of
/// at its 114th session (28 November 2023) and still in arrears at the 115th loses its vote on 28 November 2024; the
/// session's report (the restricted C/115/4) says so as of a day.
/// </summary>
public sealed class VotingRightsTests(string provider) : ApiTest(provider)
{
    private const string States = $"{Http.GoverningBodies}/member-states";

    private int _admitted;

    [SetUp]
    public void AfterThe115thSession() => Clock.Set(new DateTimeOffset(2025, 1, 10, 9, 0, 0, TimeSpan.Zero));

    [Test]
    public async Task AStateNotifiedInOneYearAndStillInArrearsTheNext_LosesItsVoteAYearLater()
    {
        var country = await AdmitAsync();
        var c114 = await Client.ScheduleSessionAsync(Unique(), "2023-11-27", "2023-11-30");
        var c115 = await Client.ScheduleSessionAsync(Unique(), "2024-11-26", "2024-11-28");
        var notification = await Client.PostJsonAsync($"{States}/{country}/arrears-notifications",
            new { notifiedOn = "2023-11-28", sessionId = c114.Id(), arrears = 912345.50m, dueForTwoYears = 850000m }).ExpectAsync(HttpStatusCode.Created);
        Assert.That(notification.Str("losesVoteOn"), Is.EqualTo("2024-11-28"));
        Assert.That(notification.Str("currency"), Is.EqualTo("CHF"));

        Assert.That(await StatusAsync(country, "2024-11-27"), Is.EqualTo("arrearsNotified"));
        Assert.That(await StatusAsync(country, "2024-11-28"), Is.EqualTo("lost"));

        var opening = await ReportAsync(c115.Id(), null);
        var lastDay = await ReportAsync(c115.Id(), "2024-11-28");
        Assert.Multiple(() =>
        {
            Assert.That(opening.Str("symbol"), Is.EqualTo($"{c115.Str("symbolPrefix")}/4"));
            Assert.That(opening.Str("asOf"), Is.EqualTo("2024-11-26"), "the opening day by default");
            Assert.That(Entry(opening, country)!["votingRights"]!.Str("status"), Is.EqualTo("arrearsNotified"));
            Assert.That(Entry(lastDay, country)!["votingRights"]!.Str("status"), Is.EqualTo("lost"));
            Assert.That((int)lastDay["mayVote"]!, Is.EqualTo((int)lastDay["memberStates"]! - lastDay["inArrears"]!.AsArray().Count(e => e!["votingRights"]!.Str("status") == "lost")));
        });

        var early = await Client.PostJsonAsync($"{Http.GoverningBodies}/arrears-notifications/{notification.Id()}/council-decision",
            new { decision = "restore", decidedOn = "2024-11-27", reference = "C/115/RES/1413" }).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(early.Str("code"), Is.EqualTo("vote-not-lost"));
        await Client.PostJsonAsync($"{Http.GoverningBodies}/arrears-notifications/{notification.Id()}/settle", new { settledOn = "2024-12-15" }).ExpectAsync(HttpStatusCode.OK);
        Assert.That(await StatusAsync(country, "2024-12-14"), Is.EqualTo("lost"));
        Assert.That(await StatusAsync(country, "2024-12-15"), Is.EqualTo("goodStanding"), "paying restores the vote");
        await Client.PatchJsonAsync($"{Http.GoverningBodies}/arrears-notifications/{notification.Id()}", """{"arrears":1000000}""").ExpectProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task TheCouncil_MaintainsAVote_AndOneStateHasOneOpenNotification()
    {
        var country = await AdmitAsync();
        var url = $"{States}/{country}/arrears-notifications";
        var notification = await Client.PostJsonAsync(url, new { notifiedOn = "2023-11-28", arrears = 10m, dueForTwoYears = 10m }).ExpectAsync(HttpStatusCode.Created);
        var again = await Client.PostJsonAsync(url, new { notifiedOn = "2024-11-26", arrears = 20m, dueForTwoYears = 15m }).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(again.Str("code"), Is.EqualTo("arrears-already-notified"));
        var decided = await Client.PostJsonAsync($"{Http.GoverningBodies}/arrears-notifications/{notification.Id()}/council-decision",
            new { decision = "maintain", decidedOn = "2024-11-27", reference = "C/115/RES/1414" }).ExpectAsync(HttpStatusCode.OK);
        Assert.That(decided.Str("councilDecision"), Is.EqualTo("maintain"));
        Assert.That(await StatusAsync(country, "2024-12-01"), Is.EqualTo("maintainedByCouncil"));
        var listed = await Client.GetAsync($"{States}?votingRights=maintainedByCouncil&asOf=2024-12-01&limit=200").ExpectAsync(HttpStatusCode.OK);
        Assert.That(listed["items"]!.AsArray().Select(s => s!.Str("country")), Does.Contain(country));
        var history = await Client.GetAsync($"{Http.GoverningBodies}/arrears-notifications/{notification.Id()}/history").ExpectAsync(HttpStatusCode.OK);
        Assert.That(history["items"]!.AsArray().Select(e => e!.Str("action")), Is.EqualTo(new[] { "create", "council-decision" }));
    }

    [Test]
    public async Task BadNotifications_Are400_AndTheReport_NeedsTheRestrictedScope()
    {
        var country = await AdmitAsync();
        var url = $"{States}/{country}/arrears-notifications";
        await Client.PostJsonAsync(url, new { notifiedOn = "2023-11-28", arrears = 9m, dueForTwoYears = 10m }).ExpectFieldErrorsAsync("arrears");
        await Client.PostJsonAsync(url, new { notifiedOn = "2026-01-01", arrears = 10m, dueForTwoYears = 10m }).ExpectFieldErrorsAsync("notifiedOn");
        await Client.PostJsonAsync(url, new { notifiedOn = "1989-12-31", arrears = 10m, dueForTwoYears = 10m }).ExpectFieldErrorsAsync("notifiedOn");
        await Client.PostJsonAsync(url, new { notifiedOn = "2023-11-28", arrears = 10m, dueForTwoYears = 10m, currency = "chf" }).ExpectFieldErrorsAsync("currency");
        var scpf = await Client.ScheduleSessionAsync(Unique(), "2023-11-27", "2023-11-30", "scpf");
        await Client.PostJsonAsync(url, new { notifiedOn = "2023-11-28", sessionId = scpf.Id(), arrears = 10m, dueForTwoYears = 10m }).ExpectFieldErrorsAsync("sessionId");
        await Client.PostJsonAsync($"{States}/ZZZ/arrears-notifications", new { notifiedOn = "2023-11-28", arrears = 10m, dueForTwoYears = 10m }).ExpectProblemAsync(HttpStatusCode.NotFound);
        Assert.That((await Client.GetAsync($"{States}/{country}/voting-rights").ExpectAsync(HttpStatusCode.OK))["arrearsNotifications"]!.AsArray(), Is.Empty, "nothing refused was written");

        var session = await Client.ScheduleSessionAsync(Unique());
        using var reader = ClientWith(["governing-bodies:read", "governing-bodies:write"], subject: "reader");
        var refused = await reader.GetAsync($"{Http.GoverningBodies}/sessions/{session.Id()}/voting-rights").ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.That(refused.Str("detail"), Does.Contain("governing-bodies:restricted"));
    }

    [Test]
    public async Task AMemberState_IsCorrected_AndRemovedWhileNothingRefersToIt_AndIsNoObserver()
    {
        var country = await AdmitAsync();
        var duplicate = await Client.PostJsonAsync(States, new { country, memberSince = "1990-01-01" }).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(duplicate.Str("code"), Is.EqualTo("duplicate"));
        var state = await Client.GetAsync($"{States}/{country}").ExpectAsync(HttpStatusCode.OK);
        var corrected = await Client.PatchJsonAsync($"{States}/{country}", """{"memberSince":"1951-12-05"}""", "\"1\"").ExpectAsync(HttpStatusCode.OK);
        Assert.That(corrected.Str("memberSince"), Is.EqualTo("1951-12-05"));
        Assert.That(state["name"]!.Str("en"), Is.Not.Empty);
        var observer = await Client.PostJsonAsync($"{Http.GoverningBodies}/observers", new { kind = "state", country, grantedOn = "2000-01-01" }).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(observer.Str("code"), Is.EqualTo("is-member-state"));

        await Client.PostJsonAsync($"{States}/{country}/arrears-notifications", new { notifiedOn = "2023-11-28", arrears = 10m, dueForTwoYears = 10m }).ExpectAsync(HttpStatusCode.Created);
        var referred = await Client.DeleteAsync($"{States}/{country}", "*").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(referred.Str("detail"), Does.Contain("1 arrears notification"));
    }

    [Test]
    public async Task Observers_StatesIgosAndNgos_AreGrantedCorrectedAndListed()
    {
        var url = $"{Http.GoverningBodies}/observers";
        var ngo = await Client.PostJsonAsync(url, new
        {
            kind = "ngo", name = new { en = $"Migrant Rights Network {Unique()}" }, acronym = "MRN", grantedByResolution = "C/109/RES/1368", grantedOn = "2018-11-30",
        }).ExpectAsync(HttpStatusCode.Created);
        var holy = await Client.PostJsonAsync(url, new { kind = "state", country = "VA", grantedOn = "2000-01-01" }).ExpectAsync(HttpStatusCode.Created);
        Assert.That(holy.Str("country"), Is.EqualTo("VAT"));
        await Client.PostJsonAsync(url, new { kind = "state", country = "VAT", grantedOn = "2000-01-01" }).ExpectProblemAsync(HttpStatusCode.Conflict);
        await Client.PostJsonAsync(url, new { kind = "ngo", grantedOn = "2000-01-01" }).ExpectFieldErrorsAsync("kind");
        await Client.PostJsonAsync(url, new { kind = "igo", name = new { en = "X" }, country = "FRA", grantedOn = "2000-01-01" }).ExpectFieldErrorsAsync("country");

        await Client.PatchJsonAsync($"{url}/{ngo.Id()}", """{"withdrawnOn":"2017-01-01"}""").ExpectFieldErrorsAsync("withdrawnOn");
        await Client.PatchJsonAsync($"{url}/{ngo.Id()}", """{"withdrawnOn":"2024-06-30"}""", "\"1\"").ExpectAsync(HttpStatusCode.OK);
        var asOf2023 = await Client.GetAsync($"{url}?kind=ngo&asOf=2023-01-01&limit=200").ExpectAsync(HttpStatusCode.OK);
        var asOf2025 = await Client.GetAsync($"{url}?kind=ngo&asOf=2025-01-01&limit=200").ExpectAsync(HttpStatusCode.OK);
        Assert.That(asOf2023["items"]!.AsArray().Select(o => o!.Str("id")), Does.Contain(ngo.Id()));
        Assert.That(asOf2025["items"]!.AsArray().Select(o => o!.Str("id")), Does.Not.Contain(ngo.Id()));
    }

    private async Task<string> AdmitAsync()
    {
        // A distinct State per test: each fixture has a database of its own.
        var codes = new[] { "KEN", "PER", "PHL", "NOR", "MEX", "BRA", "IND", "GHA", "CHL", "NPL" };
        var country = codes[Interlocked.Increment(ref _admitted) % codes.Length];
        var created = await Client.PostJsonAsync(States, new { country, memberSince = "1990-01-01" }).ExpectAsync(HttpStatusCode.Created);
        return created.Str("country");
    }

    private async Task<string> StatusAsync(string country, string day) =>
        (await Client.GetAsync($"{States}/{country}/voting-rights?asOf={day}").ExpectAsync(HttpStatusCode.OK))["votingRights"]!.Str("status");

    private Task<JsonNode> ReportAsync(string sessionId, string? asOf) =>
        Client.GetAsync($"{Http.GoverningBodies}/sessions/{sessionId}/voting-rights{(asOf is null ? string.Empty : $"?asOf={asOf}")}").ExpectAsync(HttpStatusCode.OK);

    private static JsonNode? Entry(JsonNode report, string country) => report["inArrears"]!.AsArray().FirstOrDefault(e => e!.Str("country") == country);
}
