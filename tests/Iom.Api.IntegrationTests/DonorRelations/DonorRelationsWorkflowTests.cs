using System.Net;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.DonorRelations;

/// <summary>Status machines, validation and reporting, through HTTP.</summary>
public sealed class DonorRelationsWorkflowTests(string provider) : ApiTest(provider)
{
    private const string Root = FundingFixture.Root;

    private HttpClient _client = null!;
    private FundingFixture _fixture = null!;

    [OneTimeSetUp]
    public async Task BuildFixtureAsync()
    {
        _client = ClientWith(TestTokens.DonorRelationsAll, subject: "drd-officer");
        Clock.Set(new DateTimeOffset(2025, 9, 1, 9, 0, 0, TimeSpan.Zero));
        _fixture = await FundingFixture.BuildAsync(_client, "-W");
    }

    [OneTimeTearDown]
    public void DisposeClient() => _client.Dispose();

    [SetUp]
    public void ResetClock() => Clock.Set(new DateTimeOffset(2025, 9, 1, 9, 0, 0, TimeSpan.Zero));

    [Test]
    public async Task AnAppeal_IsPublishedRevisedAndClosed_AndRefusesActionsOutOfTurn()
    {
        var appeal = await _client.PostJsonAsync($"{Root}/appeals", new
        {
            code = $"FA-{Unique()}", type = "flashAppeal", year = 2025, title = new { en = "Flash appeal" }, periodStart = "2025-03-01", periodEnd = "2025-08-31", currency = "USD",
            lines = new[] { new { code = "L1", objective = "SO1", country = "SD", amount = 250_000.50m } },
        }).ExpectAsync(HttpStatusCode.Created);
        var path = $"{Root}/appeals/{appeal.Id()}";
        var early = await _client.PostJsonAsync($"{path}/close", null).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(early["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()), Is.EqualTo(new[] { "publish" }));
        await _client.PostJsonAsync($"{path}/publish", null).ExpectAsync(HttpStatusCode.OK);
        await _client.PostJsonAsync($"{path}/revise", new { lines = new[] { new { code = "NOPE", amount = 1 } } }).ExpectFieldErrorsAsync("lines");
        var revised = await _client.PostJsonAsync($"{path}/revise", new { lines = new[] { new { code = "L1", amount = 300_000 } } }).ExpectAsync(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(revised.Str("status"), Is.EqualTo("revised"));
            Assert.That(revised["originalRequirements"]!.GetValue<decimal>(), Is.EqualTo(250_000.50m));
            Assert.That(revised["revisedRequirements"]!.GetValue<decimal>(), Is.EqualTo(300_000m));
        });
        await _client.PostJsonAsync($"{path}/close", null).ExpectAsync(HttpStatusCode.OK);
        await _client.PostJsonAsync($"{path}/publish", null).ExpectProblemAsync(HttpStatusCode.Conflict);
        var history = await _client.GetAsync($"{path}/history").ExpectAsync(HttpStatusCode.OK);
        Assert.That(history["items"]!.AsArray().Select(e => e!.Str("action")), Is.EqualTo(new[] { "create", "publish", "revise", "close" }));
    }

    [Test]
    public async Task Money_IsValidated_NamingTheField()
    {
        await _client.PostJsonAsync($"{Root}/pledges", new { donorId = _fixture.Donors["GOV-A"], reference = "X", amount = -5, currency = "EURO", pledgedOn = "2025-01-01", earmarking = "earmarked" })
            .ExpectFieldErrorsAsync("amount", "currency");
        await _client.PostJsonAsync($"{Root}/pledges", new
        {
            donorId = _fixture.Donors["GOV-A"], reference = "Y", amount = 100, currency = "EUR", pledgedOn = "2025-01-01", earmarking = "earmarked",
            instalments = new[] { new { dueOn = "2025-02-01", amount = 60 }, new { dueOn = "2025-03-01", amount = 30 } },
        }).ExpectFieldErrorsAsync("instalments");
        await _client.PostJsonAsync($"{Root}/flows", FundingFixture.FlowBody(_fixture.Donors["MPTF"], "paid", 10, "USD", 1.2m, 2025)).ExpectFieldErrorsAsync("exchangeRate.usdPerUnit");
        await _client.PostJsonAsync($"{Root}/flows", FundingFixture.FlowBody(_fixture.Donors["MPTF"], "paid", 10.12345m, "EUR", 1.1m, 2025)).ExpectFieldErrorsAsync("originalAmount");
        await _client.PostJsonAsync($"{Root}/agreements", new
        {
            donorId = _fixture.Donors["GOV-A"], reference = $"CA-{Unique()}", title = "Lines too large", amount = 100, currency = "EUR",
            exchangeRate = new { usdPerUnit = 1.1, source = "UN", date = "2025-01-01" }, startOn = "2025-01-01", endOn = "2024-12-31", earmarking = "earmarked",
            lines = new[] { new { appealLineId = _fixture.Lines["SO1-KE"], amount = 150 } },
        }).ExpectFieldErrorsAsync("lines", "endOn");
        await _client.PostJsonAsync($"{Root}/donors", new { code = "bad code", name = "", type = "government", country = "ZZZ", iatiRef = "nohyphen" })
            .ExpectFieldErrorsAsync("code", "name", "country", "iatiRef");
    }

    [Test]
    public async Task FlowsMoveFromPledgeToCommitmentToPaid_KeepingTheDayOfEachStage_AndNoFurther()
    {
        var pledge = _fixture.Flows["F6"];
        await _client.PostJsonAsync($"{Root}/flows/{pledge}/commit", new { on = "2025-09-02" }).ExpectFieldErrorsAsync("on");
        await _client.PostJsonAsync($"{Root}/flows/{pledge}/commit", new { on = "2025-02-28" }).ExpectFieldErrorsAsync("on");
        var committed = await _client.PostJsonAsync($"{Root}/flows/{pledge}/commit", new { on = "2025-06-30" }).ExpectAsync(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(committed.Str("status"), Is.EqualTo("commitment"));
            Assert.That(committed.Str("flowDate"), Is.EqualTo("2025-06-30"));
            Assert.That(committed.Str("pledgedOn"), Is.EqualTo("2025-03-01"));
        });
        await _client.PostJsonAsync($"{Root}/flows/{pledge}/commit", null).ExpectProblemAsync(HttpStatusCode.Conflict);
        var paid = await _client.PostJsonAsync($"{Root}/flows/{pledge}/pay", null).ExpectAsync(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(paid.Str("flowDate"), Is.EqualTo("2025-09-01"), "paid today when no day is given");
            Assert.That(paid.Str("paidOn"), Is.EqualTo("2025-09-01"));
            Assert.That(paid.Str("committedOn"), Is.EqualTo("2025-06-30"));
            Assert.That(paid.Str("pledgedOn"), Is.EqualTo("2025-03-01"));
        });
        var problem = await _client.PostJsonAsync($"{Root}/flows/{pledge}/pay", null).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Str("currentState"), Is.EqualTo("paid"));
        var history = await _client.GetAsync($"{Root}/flows/{pledge}/history").ExpectAsync(HttpStatusCode.OK);
        Assert.That(history["items"]!.AsArray().Select(e => e!.Str("action")), Is.EqualTo(new[] { "create", "commit", "pay" }));
    }

    [Test]
    public async Task AFlowCannotBeRecordedOnADayThatHasNotCome()
    {
        var body = FundingFixture.FlowBody(_fixture.Donors["MPTF"], "paid", 10, "USD", 1m, 2025);
        var tomorrow = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(body))!.AsObject();
        tomorrow["flowDate"] = "2025-09-02";
        await _client.PostJsonAsync($"{Root}/flows", tomorrow).ExpectFieldErrorsAsync("flowDate");
    }

    [Test]
    public async Task AnAgreement_IsAmendedThenClosed_AndPledgeActionsFollowConversion()
    {
        var path = $"{Root}/agreements/{_fixture.AgreementId}";
        var amended = await _client.PostJsonAsync($"{path}/amendments", new { newAmount = 600_000, newEndOn = "2027-06-30", reason = "No-cost extension and top-up" }).ExpectAsync(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(amended["amount"]!.GetValue<decimal>(), Is.EqualTo(600_000m));
            Assert.That(amended["amendments"]![0]!["previousAmount"]!.GetValue<decimal>(), Is.EqualTo(500_000m));
            Assert.That(amended["amountUsd"]!.GetValue<decimal>(), Is.EqualTo(660_000m));
        });
        var pledge = await _client.GetAsync($"{Root}/pledges/{_fixture.PledgeId}").ExpectAsync(HttpStatusCode.OK);
        Assert.That(pledge["convertedAmount"]!.GetValue<decimal>(), Is.EqualTo(600_000m));
        await _client.PostJsonAsync($"{Root}/pledges/{_fixture.PledgeId}/confirm", null).ExpectProblemAsync(HttpStatusCode.Conflict);
        await _client.PostJsonAsync($"{path}/amendments", new { newAmount = 900_000, newEndOn = "2027-06-30", reason = "Beyond the pledge" }).ExpectProblemAsync(HttpStatusCode.Conflict);
        await _client.PostJsonAsync($"{path}/close", null).ExpectProblemAsync(HttpStatusCode.Conflict);
        await _client.PostJsonAsync($"{path}/begin-closure", null).ExpectAsync(HttpStatusCode.OK);
        await _client.PostJsonAsync($"{path}/amendments", new { newAmount = 600_000, newEndOn = "2027-06-30", reason = "Too late" }).ExpectProblemAsync(HttpStatusCode.Conflict);
        var closed = await _client.PostJsonAsync($"{path}/close", null).ExpectAsync(HttpStatusCode.OK);
        Assert.That(closed["allowedActions"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task Reports_FollowTheirStatusMachine_WithOverdueComputed_AndAppearInTheCalendar()
    {
        // A USD amount needs no exchange rate: it is 1, on the agreement's start.
        var agreement = await _client.PostJsonAsync($"{Root}/agreements", new
        {
            donorId = _fixture.Donors["MPTF"], reference = $"CA-R-{Unique()}", title = "Reporting", amount = 10_000, currency = "USD",
            startOn = "2025-01-01", endOn = "2025-12-31", earmarking = "unearmarked",
        }).ExpectAsync(HttpStatusCode.Created);
        Assert.That(agreement["exchangeRate"]!["usdPerUnit"]!.GetValue<decimal>(), Is.EqualTo(1m));
        Assert.That(agreement["exchangeRate"]!.Str("date"), Is.EqualTo("2025-01-01"));
        await _client.PostJsonAsync($"{Root}/agreements", new
        {
            donorId = _fixture.Donors["MPTF"], reference = $"CA-R-{Unique()}", title = "In euros", amount = 10_000, currency = "EUR",
            startOn = "2025-01-01", endOn = "2025-12-31", earmarking = "unearmarked",
        }).ExpectFieldErrorsAsync("exchangeRate");
        var interim = await _client.PostJsonAsync($"{Root}/agreements/{agreement.Id()}/reports", new { kind = "interim", periodStart = "2025-01-01", periodEnd = "2025-06-30", dueOn = "2025-07-31" })
            .ExpectAsync(HttpStatusCode.Created);
        var final = await _client.PostJsonAsync($"{Root}/agreements/{agreement.Id()}/reports", new { kind = "final", template = "donorSpecific", periodStart = "2025-01-01", periodEnd = "2025-12-31", dueOn = "2026-03-31" })
            .ExpectAsync(HttpStatusCode.Created);
        await _client.PostJsonAsync($"{Root}/agreements/{agreement.Id()}/reports", new { kind = "final", periodStart = "2025-01-01", periodEnd = "2025-12-31", dueOn = "2025-11-30" })
            .ExpectFieldErrorsAsync("dueOn");
        Assert.Multiple(() =>
        {
            Assert.That(interim.Str("template"), Is.EqualTo("grandBargain8Plus3"), "the donor's default");
            Assert.That((int)interim["daysOverdue"]!, Is.EqualTo(32));
            Assert.That(final["overdue"]!.GetValue<bool>(), Is.False);
        });

        var overdue = await _client.GetAsync($"{Root}/reports?overdue=true&agreementId={agreement.Id()}").ExpectAsync(HttpStatusCode.OK);
        Assert.That(overdue["items"]!.AsArray().Select(r => r!.Id()), Is.EqualTo(new[] { interim.Id() }));
        var path = $"{Root}/reports/{interim.Id()}";
        await _client.PostJsonAsync($"{path}/accept", null).ExpectProblemAsync(HttpStatusCode.Conflict);
        var submitted = await _client.PostJsonAsync($"{path}/submit", null).ExpectAsync(HttpStatusCode.OK);
        Assert.That(submitted["overdue"]!.GetValue<bool>(), Is.False);
        var sentBack = await _client.PostJsonAsync($"{path}/request-revision", null).ExpectAsync(HttpStatusCode.OK);
        Assert.That(sentBack["overdue"]!.GetValue<bool>(), Is.True, "a report sent back is owed again");
        await _client.PostJsonAsync($"{path}/resubmit", null).ExpectAsync(HttpStatusCode.OK);
        var accepted = await _client.PostJsonAsync($"{path}/accept", null).ExpectAsync(HttpStatusCode.OK);
        Assert.That(accepted.Str("submittedOn"), Is.EqualTo("2025-09-01"));

        using var calendar = await _client.GetAsync($"{Root}/reports/calendar");
        Assert.That(calendar.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/calendar"));
        var ics = await calendar.Content.ReadAsStringAsync();
        Assert.That(Rfc5545.Violations(ics), Is.Empty, "RFC 5545");
        Assert.Multiple(() =>
        {
            Assert.That(ics, Does.Contain("BEGIN:VCALENDAR").And.Contain($"UID:{final.Id()}@donor-relations"));
            Assert.That(ics, Does.Contain("DTSTART;VALUE=DATE:20260331"));
            Assert.That(ics, Does.Not.Contain(interim.Id()), "accepted reports leave the calendar");
        });
    }

    [Test]
    public async Task Donors_CarryTheirPriorities_AndUnknownThingsAre404()
    {
        var donor = await _client.GetAsync($"{Root}/donors/{_fixture.Donors["GOV-A"]}").ExpectAsync(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(donor["priorities"]![0]!["countries"]!.AsArray().Select(c => c!.GetValue<string>()), Is.EqualTo(new[] { "NGA" }), "alpha-2 NG is kept and answered as alpha-3");
            Assert.That(donor["priorities"]![0]!["envelopeAmount"]!.GetValue<decimal>(), Is.EqualTo(2_000_000m));
            Assert.That(donor["focalPoints"]![0]!.Str("email"), Is.EqualTo("desk@example.org"));
        });
        var list = await _client.GetAsync($"{Root}/donors?type=unPooledFund").ExpectAsync(HttpStatusCode.OK);
        Assert.That(list["items"]!.AsArray().Select(d => d!.Str("code")), Is.EqualTo(new[] { "MPTF-W" }));
        await _client.GetAsync($"{Root}/donors/{Guid.NewGuid()}").ExpectProblemAsync(HttpStatusCode.NotFound);
        await _client.GetAsync($"{Root}/appeals/{Guid.NewGuid()}/coverage").ExpectProblemAsync(HttpStatusCode.NotFound);
        await _client.PostJsonAsync($"{Root}/pledges", new { donorId = Guid.NewGuid(), reference = "Z", amount = 1, currency = "EUR", pledgedOn = "2025-01-01", earmarking = "earmarked" })
            .ExpectFieldErrorsAsync("donorId");
        var duplicate = await _client.PostJsonAsync($"{Root}/donors", new { code = "GOV-A-W", name = "Again", type = "government" }).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(duplicate.Str("code"), Is.EqualTo("duplicate"));
    }
}
