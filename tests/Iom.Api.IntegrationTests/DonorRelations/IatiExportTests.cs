using System.Net;
using System.Xml.Linq;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.DonorRelations;

/// <summary>
/// The IATI export over its own funding fixture, which these tests change: every stage of a flow is a transaction of
/// its own day, identifiers carry no slash, an activity with no country names a region, sectors come from the lines,
/// budgets from the agreement, pooled-fund money outside agreements is an activity; always schema-valid, and clean
/// under IATI's standard ruleset.
/// </summary>
public sealed class IatiExportTests(string provider) : ApiTest(provider)
{
    private HttpClient _client = null!;
    private FundingFixture _fixture = null!;

    [OneTimeSetUp]
    public async Task BuildFixtureAsync()
    {
        _client = ClientWith(TestTokens.DonorRelationsAll);
        Clock.Set(new DateTimeOffset(2025, 9, 1, 9, 0, 0, TimeSpan.Zero));
        _fixture = await FundingFixture.BuildAsync(_client, "-IATI");
    }

    [OneTimeTearDown]
    public void DisposeClient() => _client.Dispose();

    [Test]
    public async Task ACommitmentLaterPaid_IsTwoTransactions_EachOnItsDay()
    {
        await _client.PostJsonAsync($"{FundingFixture.Root}/flows/{_fixture.Flows["F1"]}/pay", new { on = "2025-06-30" }).ExpectAsync(HttpStatusCode.OK);

        var activity = (await ExportAsync()).Root!.Elements("iati-activity").Single(a => a.Element("iati-identifier")!.Value.EndsWith("CA--IATI-1", StringComparison.Ordinal));
        var transactions = activity.Elements("transaction")
            .Select(t => $"{t.Element("transaction-type")!.Attribute("code")!.Value} {t.Element("transaction-date")!.Attribute("iso-date")!.Value} {t.Element("value")!.Value}");
        Assert.That(transactions, Is.EquivalentTo(new[] { "11 2025-03-01 300000", "1 2025-06-30 300000", "1 2025-03-01 200000" }));
    }

    [Test]
    public async Task AnAgreementWithSlashesAndNoCountry_HasAClean_IdentifierAndARegion()
    {
        var agreement = await _client.PostJsonAsync($"{FundingFixture.Root}/agreements", new
        {
            donorId = _fixture.Donors["MPTF"], reference = "MPTF/2025/07 B", title = "Global coordination", amount = 100_000, currency = "USD",
            exchangeRate = new { usdPerUnit = 1, source = "UN operational rate of exchange", date = "2025-01-01" },
            startOn = "2025-01-01", endOn = "2025-12-31", earmarking = "unearmarked",
            lines = new[] { new { appealLineId = _fixture.Lines["SO3-GLOBAL"], amount = 100_000 } },
        }).ExpectAsync(HttpStatusCode.Created);
        await _client.PostJsonAsync($"{FundingFixture.Root}/agreements/{agreement.Id()}/sign", null).ExpectAsync(HttpStatusCode.OK);

        var activity = (await ExportAsync()).Root!.Elements("iati-activity").Single(a => a.Element("title")!.Element("narrative")!.Value == "Global coordination");
        Assert.Multiple(() =>
        {
            Assert.That(activity.Element("iati-identifier")!.Value, Is.EqualTo("XM-DAC-47066-MPTF-2025-07-B"));
            Assert.That(activity.Elements("recipient-country"), Is.Empty);
            Assert.That(activity.Elements("recipient-region").Select(r => $"{r.Attribute("code")!.Value} {r.Attribute("vocabulary")!.Value} {r.Attribute("percentage")!.Value}"),
                Is.EqualTo(new[] { "998 1 100" }));
        });
        Assert.That(agreement.Str("reference"), Is.EqualTo("MPTF/2025/07 B"), "the reference itself is kept as typed");
    }

    [Test]
    public async Task TheWholeExport_BreaksNoRuleOfIatisRuleset_AndUsesOnlyItsCodes()
    {
        var xml = await ExportAsync();
        Assert.That(IatiRuleset.Violations(xml, Clock.GetUtcNow()).Select(f => f.ToString()), Is.Empty, "IATI's standard ruleset, errors and warnings");
        var activities = xml.Root!.Elements("iati-activity").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(activities.SelectMany(a => a.Elements("sector")).Select(s => s.Attribute("code")!.Value), Is.All.AnyOf([.. IatiSchema.Codes("Sector")]));
            Assert.That(activities.SelectMany(a => a.Descendants().Where(e => e.Name.LocalName is "default-aid-type" or "aid-type")).Select(s => s.Attribute("code")!.Value),
                Is.All.AnyOf([.. IatiSchema.Codes("AidType")]));
            Assert.That(activities.Select(a => a.Element("default-flow-type")!.Attribute("code")!.Value), Is.All.AnyOf([.. IatiSchema.Codes("FlowType")]));
            Assert.That(activities.Select(a => a.Element("default-finance-type")!.Attribute("code")!.Value), Is.All.AnyOf([.. IatiSchema.Codes("FinanceType")]));
            Assert.That(activities.SelectMany(a => a.Elements("budget")).Select(b => b.Attribute("type")!.Value), Is.All.AnyOf([.. IatiSchema.Codes("BudgetType")]));
            Assert.That(activities.SelectMany(a => a.Elements("budget")).Select(b => b.Attribute("status")!.Value), Is.All.AnyOf([.. IatiSchema.Codes("BudgetStatus")]));
            Assert.That(activities, Is.All.Matches<XElement>(a => a.Element("default-aid-type") is not null || a.Elements("transaction").All(t => t.Element("aid-type") is not null)),
                "every transaction has a DAC aid type, by default or its own");
        });

        // Planted breaks the ruleset catches: no recipient (3.7.1), sectors that do not add up (2.1.2), a two-year budget (7.5.3).
        var planted = new XDocument(xml);
        var first = planted.Root!.Elements("iati-activity").First(a => a.Elements("budget").Any());
        first.Elements().Where(e => e.Name.LocalName is "recipient-country" or "recipient-region").Remove();
        first.Elements("sector").First().SetAttributeValue("percentage", "1");
        first.Element("budget")!.Element("period-end")!.SetAttributeValue("iso-date", "2030-12-31");
        Assert.That(IatiRuleset.Violations(planted, Clock.GetUtcNow()).Select(f => f.Id), Is.SupersetOf(new[] { "3.7.1", "2.1.2", "7.5.3" }));
    }

    [Test]
    public async Task AMultiYearAgreement_HasABudgetPerYear_AddingUpToItsAmount()
    {
        var activity = (await ExportAsync()).Root!.Elements("iati-activity").Single(a => a.Element("iati-identifier")!.Value.EndsWith("CA--IATI-1", StringComparison.Ordinal));
        var budgets = activity.Elements("budget").Select(b => (
            Start: b.Element("period-start")!.Attribute("iso-date")!.Value, End: b.Element("period-end")!.Attribute("iso-date")!.Value,
            Amount: decimal.Parse(b.Element("value")!.Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(budgets.Select(b => $"{b.Start} {b.End}"), Is.EqualTo(new[] { "2025-01-01 2025-12-31", "2026-01-01 2026-12-31" }));
            Assert.That(budgets.Sum(b => b.Amount), Is.EqualTo(500_000m));
            Assert.That(activity.Element("default-aid-type")!.Attribute("code")!.Value, Is.EqualTo("C01"), "earmarked: a project-type intervention");
            Assert.That(activity.Element("default-flow-type")!.Attribute("code")!.Value, Is.EqualTo("10"), "a government's money is ODA");
        });
    }

    [Test]
    public async Task PooledFundMoneyWithoutAnAgreement_IsAnActivityOfTheFund_NamingTheDonorItPassesOn()
    {
        var activities = (await ExportAsync()).Root!.Elements("iati-activity").ToList();
        var fund = activities.Single(a => a.Element("iati-identifier")!.Value == "XM-DAC-47066-GA-2025-IATI-MPTF-IATI");
        var transactions = fund.Elements("transaction").Select(t => $"{t.Element("transaction-type")!.Attribute("code")!.Value} {t.Element("value")!.Value} {t.Element("aid-type")!.Attribute("code")!.Value}");
        Assert.Multiple(() =>
        {
            Assert.That(transactions, Is.EquivalentTo(new[] { "1 112000 B02", "11 50000 B02" }), "the fund's allocations, not the contribution it passed on");
            Assert.That(fund.Elements("participating-org").Where(p => p.Attribute("role")!.Value == "1").Select(p => p.Element("narrative")!.Value).ToList(), Has.Count.EqualTo(2),
                "the fund and the foundation whose contribution it allocated are funders");
            Assert.That(fund.Elements("recipient-country").Select(c => c.Attribute("code")!.Value), Is.EqualTo(new[] { "UG" }));
            Assert.That(activities.SelectMany(a => a.Elements("transaction")).Select(t => t.Element("value")!.Attribute("currency")!.Value), Has.None.EqualTo("CHF"),
                "the foundation's 100,000 CHF (the one flow in francs) is counted once, through the fund's allocation");
        });
    }

    [Test]
    public async Task AnAppealLinesSector_IsADacFiveDigitCode()
    {
        var problem = await _client.PostJsonAsync($"{FundingFixture.Root}/appeals", new
        {
            code = $"GA-S{Unique()}", type = "globalAppeal", year = 2025, title = new { en = "Sectors" }, periodStart = "2025-01-01", periodEnd = "2025-12-31", currency = "USD",
            lines = new[] { new { code = "L1", objective = "SO1", amount = 1_000, sector = "1519" } },
        }).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Has.One.EndsWith("sector").IgnoreCase);
    }

    private async Task<XDocument> ExportAsync()
    {
        using var response = await _client.GetAsync($"{FundingFixture.Root}/iati/activities");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(IatiSchema.Violations(xml), Is.Empty, "valid against the vendored IATI 2.03 schema");
        return xml;
    }
}
