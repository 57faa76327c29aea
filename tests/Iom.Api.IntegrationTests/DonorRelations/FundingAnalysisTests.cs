using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.DonorRelations;

/// <summary>
/// The arithmetic, over <see cref="FundingFixture"/>. Worked out by hand:
/// F1 EUR 300,000 × 1.10 = USD 330,000 committed to SO1-KE; F2 EUR 200,000 × 1.08 = USD 216,000 paid to SO2-NG;
/// F3 CHF 100,000 × 1.12 = USD 112,000 paid by the foundation to the pooled fund, passed on as F4 USD 112,000 paid to SO1-UG
/// (counted once, through F4); F5 USD 50,000 committed to SO3-GLOBAL; F6 is a pledge (not funding); F7 is 2024 money
/// outside the appeal. Requirements: SO1-KE revised to 1,200,000, SO1-UG 800,000, SO2-NG 1,500,000, SO3-GLOBAL 500,000.
/// </summary>
public sealed class FundingAnalysisTests(string provider) : ApiTest(provider)
{
    private HttpClient _client = null!;
    private FundingFixture _fixture = null!;

    [OneTimeSetUp]
    public async Task BuildFixtureAsync()
    {
        _client = ClientWith(TestTokens.DonorRelationsAll, subject: "drd-analyst");
        Clock.Set(new DateTimeOffset(2025, 9, 1, 9, 0, 0, TimeSpan.Zero));
        _fixture = await FundingFixture.BuildAsync(_client, string.Empty);
    }

    [OneTimeTearDown]
    public void DisposeClient() => _client.Dispose();

    [SetUp]
    public void ResetClock() => Clock.Set(new DateTimeOffset(2025, 9, 1, 9, 0, 0, TimeSpan.Zero));

    //           key            requirements  committed   paid      funded    %
    [TestCase("objective", "SO1", 2_000_000, 330_000, 112_000, 442_000, 22.1)]
    [TestCase("objective", "SO2", 1_500_000, 0, 216_000, 216_000, 14.4)]
    [TestCase("objective", "SO3", 500_000, 50_000, 0, 50_000, 10.0)]
    [TestCase("objective", "total", 4_000_000, 380_000, 328_000, 708_000, 17.7)]
    [TestCase("country", "KEN", 1_200_000, 330_000, 0, 330_000, 27.5)]
    [TestCase("country", "NGA", 1_500_000, 0, 216_000, 216_000, 14.4)]
    [TestCase("country", "UGA", 800_000, 0, 112_000, 112_000, 14.0)]
    [TestCase("country", "unspecified", 500_000, 50_000, 0, 50_000, 10.0)]
    public async Task Coverage_ByObjectiveAndCountry(string by, string key, decimal requirements, decimal committed, decimal paid, decimal funded, decimal percent)
    {
        var report = await _client.GetAsync($"{FundingFixture.Root}/appeals/{_fixture.AppealId}/coverage?by={by}").ExpectAsync(HttpStatusCode.OK);
        var row = key == "total" ? report["total"]! : report["rows"]!.AsArray().Single(r => r!.Str("key") == key)!;
        Assert.Multiple(() =>
        {
            Assert.That(row["requirements"]!.GetValue<decimal>(), Is.EqualTo(requirements));
            Assert.That(row["committed"]!.GetValue<decimal>(), Is.EqualTo(committed));
            Assert.That(row["paid"]!.GetValue<decimal>(), Is.EqualTo(paid));
            Assert.That(row["funded"]!.GetValue<decimal>(), Is.EqualTo(funded));
            Assert.That(row["percentFunded"]!.GetValue<decimal>(), Is.EqualTo(percent));
        });
    }

    [Test]
    public async Task Coverage_ByDonor_AttributesPooledMoneyToTheFundThatPassedItOn_Once()
    {
        var report = await _client.GetAsync($"{FundingFixture.Root}/appeals/{_fixture.AppealId}/coverage?by=donor").ExpectAsync(HttpStatusCode.OK);
        var rows = report["rows"]!.AsArray().Select(r => $"{r!.Str("key")} {r!["committed"]!.GetValue<decimal>()} {r!["paid"]!.GetValue<decimal>()} {r!["funded"]!.GetValue<decimal>()}");
        Assert.That(rows, Is.EqualTo(new[] { "GOV-A 330000.00 216000.00 546000.00", "MPTF 50000.00 112000.00 162000.00" }), "the foundation's parent flow is counted through its child only");
        Assert.That(report["total"]!["funded"]!.GetValue<decimal>(), Is.EqualTo(708_000m));
    }

    [Test]
    public async Task Coverage_IsCsvWhenAcceptAsksForIt_AndJsonOtherwise()
    {
        var url = $"{FundingFixture.Root}/appeals/{_fixture.AppealId}/coverage?by=objective";
        using var csv = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { { "Accept", "application/json;q=0.5, text/csv" } } };
        using var asCsv = await _client.SendAsync(csv);
        Assert.Multiple(() =>
        {
            Assert.That(asCsv.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/csv"));
            Assert.That(asCsv.Headers.Vary, Does.Contain("Accept"));
        });
        Assert.That(Rfc4180.Records(await asCsv.Content.ReadAsStringAsync())[0][0], Is.EqualTo("objective"));

        using var json = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { { "Accept", "application/json, text/csv;q=0.9" } } };
        using var asJson = await _client.SendAsync(json);
        Assert.That(asJson.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/json"));
    }

    [Test]
    public async Task Coverage_IsAlsoACsvTable()
    {
        using var response = await _client.GetAsync($"{FundingFixture.Root}/appeals/{_fixture.AppealId}/coverage?by=objective&format=csv");
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/csv"));
        var lines = Rfc4180.Records(await response.Content.ReadAsStringAsync()).Select(r => string.Join(',', r));
        Assert.That(lines, Is.EqualTo(new[]
        {
            "objective,requirements_usd,committed_usd,paid_usd,funded_usd,percent_funded",
            "SO1,2000000,330000.00,112000.00,442000.00,22.1",
            "SO2,1500000,0.00,216000.00,216000.00,14.4",
            "SO3,500000,50000.00,0.00,50000.00,10.0",
            "total,4000000,380000.00,328000.00,708000.00,17.7",
        }));
    }

    // GOV-A: 2024 USD 100,000 unearmarked, single-year (no agreement); 2025 USD 330,000 + 216,000 = 546,000, earmarked, under a
    // 24-month agreement. MPTF 2025: 112,000 + 50,000 = 162,000 unearmarked. The foundation has no row: its flow was passed on.
    [TestCase("GOV-A", 2024, 100_000, 100_000, 0, 0, 100.0, 0, 0.0)]
    [TestCase("GOV-A", 2025, 546_000, 0, 0, 546_000, 0.0, 546_000, 100.0)]
    [TestCase("MPTF", 2025, 162_000, 162_000, 0, 0, 100.0, 0, 0.0)]
    public async Task DonorTrends_GiveTotalsEarmarkingAndMultiYearShare(
        string donor, int year, decimal total, decimal unearmarked, decimal softly, decimal earmarked, decimal unearmarkedShare, decimal multiYear, decimal multiYearShare)
    {
        var report = await _client.GetAsync($"{FundingFixture.Root}/analysis/donor-trends?from=2024&to=2025").ExpectAsync(HttpStatusCode.OK);
        var rows = report["rows"]!.AsArray();
        Assert.That(rows.Select(r => $"{r!.Str("donorCode")} {(int)r!["year"]!}"), Is.EqualTo(new[] { "GOV-A 2024", "GOV-A 2025", "MPTF 2025" }));
        var row = rows.Single(r => r!.Str("donorCode") == donor && (int)r!["year"]! == year)!;
        Assert.Multiple(() =>
        {
            Assert.That(row["total"]!.GetValue<decimal>(), Is.EqualTo(total));
            Assert.That(row["unearmarked"]!.GetValue<decimal>(), Is.EqualTo(unearmarked));
            Assert.That(row["softlyEarmarked"]!.GetValue<decimal>(), Is.EqualTo(softly));
            Assert.That(row["earmarked"]!.GetValue<decimal>(), Is.EqualTo(earmarked));
            Assert.That(row["unearmarkedShare"]!.GetValue<decimal>(), Is.EqualTo(unearmarkedShare));
            Assert.That(row["multiYear"]!.GetValue<decimal>(), Is.EqualTo(multiYear));
            Assert.That(row["multiYearShare"]!.GetValue<decimal>(), Is.EqualTo(multiYearShare));
        });
    }

    // Gaps: SO1-KE 1,200,000 - 330,000 = 870,000; SO1-UG 800,000 - 112,000 = 688,000; SO2-NG 1,500,000 - 216,000 = 1,284,000;
    // SO3-GLOBAL 500,000 - 50,000 = 450,000. GOV-A (earmarked; SO2, NG) fits SO2-NG: 3 + 2. MPTF (unearmarked) fits every line: 1.
    [Test]
    public async Task PriorityMatch_RanksUnfundedLinesAgainstDeclaredPriorities_WithReasons()
    {
        var report = await _client.GetAsync($"{FundingFixture.Root}/analysis/priority-match?appealId={_fixture.AppealId}").ExpectAsync(HttpStatusCode.OK);
        var rows = report["rows"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(r => $"{r!.Str("donorCode")} {r!.Str("lineCode")} {(int)r!["score"]!} {r!["gap"]!.GetValue<decimal>()}"), Is.EqualTo(new[]
            {
                "GOV-A SO2-NG 5 1284000.00", "MPTF SO2-NG 1 1284000.00", "MPTF SO1-KE 1 870000.00", "MPTF SO1-UG 1 688000.00", "MPTF SO3-GLOBAL 1 450000.00",
            }));
            Assert.That(rows[0]!["reasons"]!.AsArray().Select(r => r!.GetValue<string>()), Is.EqualTo(new[] { "objective SO2 is among its 2025 themes", "country NGA is among its 2025 countries" }));
        });
        using var csv = await _client.GetAsync($"{FundingFixture.Root}/analysis/priority-match?appealId={_fixture.AppealId}&donorId={_fixture.Donors["GOV-A"]}&format=csv");
        var lines = Rfc4180.Records(await csv.Content.ReadAsStringAsync()).Select(r => string.Join(',', r)).ToList();
        Assert.That(lines[1], Is.EqualTo("GOV-A,SO2-NG,SO2,WCA,NGA,1500000,216000.00,1284000.00,5,objective SO2 is among its 2025 themes; country NGA is among its 2025 countries"));
    }

    // 800,000 pledged in two instalments of 400,000 (1 Feb, 1 Aug 2025); the signed agreement converts 500,000, which covers the first
    // instalment and 100,000 of the second. On 1 Sep 2025 the second is 31 days overdue by 300,000.
    [Test]
    public async Task APledge_IsPartlyConvertedByItsAgreement_AndItsUncoveredInstalmentIsOverdue()
    {
        var pledge = await _client.GetAsync($"{FundingFixture.Root}/pledges/{_fixture.PledgeId}").ExpectAsync(HttpStatusCode.OK);
        var instalments = pledge["instalments"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(pledge.Str("status"), Is.EqualTo("partiallyConverted"));
            Assert.That(pledge["convertedAmount"]!.GetValue<decimal>(), Is.EqualTo(500_000m));
            Assert.That(pledge["outstandingAmount"]!.GetValue<decimal>(), Is.EqualTo(300_000m));
            Assert.That(pledge["overdueAmount"]!.GetValue<decimal>(), Is.EqualTo(300_000m));
            Assert.That(instalments.Select(i => $"{i!["covered"]!.GetValue<decimal>()} {i["overdue"]!.GetValue<bool>()} {(int)i["daysOverdue"]!}"),
                Is.EqualTo(new[] { "400000 False 0", "100000 True 31" }));
        });
    }

    [Test]
    public async Task AnAgreementConvertingMoreThanWasPledged_CannotBeSigned()
    {
        var second = await _client.PostJsonAsync($"{FundingFixture.Root}/agreements", new
        {
            donorId = _fixture.Donors["GOV-A"], reference = $"CA-OVER-{Unique()}", title = "Too much", amount = 400_000, currency = "EUR",
            exchangeRate = new { usdPerUnit = 1.1, source = "UN operational rate of exchange", date = "2025-06-01" },
            startOn = "2025-06-01", endOn = "2025-12-31", earmarking = "earmarked", pledgeId = _fixture.PledgeId,
        }).ExpectAsync(HttpStatusCode.Created);
        var problem = await _client.PostJsonAsync($"{FundingFixture.Root}/agreements/{second.Id()}/sign", null).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Str("code"), Is.EqualTo("pledge-exceeded"));
        var wrongCurrency = await _client.PostJsonAsync($"{FundingFixture.Root}/agreements", new
        {
            donorId = _fixture.Donors["GOV-A"], reference = $"CA-USD-{Unique()}", title = "USD", amount = 1, currency = "USD",
            exchangeRate = new { usdPerUnit = 1, source = "USD", date = "2025-06-01" }, startOn = "2025-06-01", endOn = "2025-12-31", earmarking = "earmarked",
            pledgeId = _fixture.PledgeId,
        }).ExpectFieldErrorsAsync("currency");
        Assert.That(wrongCurrency.ToJsonString(), Does.Contain("EUR"));
    }

    [Test]
    public async Task AChildFlow_CannotPassOnMoreThanItsParent()
    {
        var problem = await _client.PostJsonAsync($"{FundingFixture.Root}/flows",
            FundingFixture.FlowBody(_fixture.Donors["MPTF"], "paid", 1, "USD", 1m, 2025, line: _fixture.Lines["SO1-KE"], parent: _fixture.Flows["F3"]))
            .ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Str("code"), Is.EqualTo("parent-flow-exceeded"));
    }

    [Test]
    public async Task TheIatiExport_CarriesTheRequiredElementsAndCodes()
    {
        using var response = await _client.GetAsync($"{FundingFixture.Root}/iati/activities");
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/xml"));
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var activities = xml.Root!.Elements("iati-activity").ToList();
        var activity = activities.Single(a => a.Element("iati-identifier")!.Value.EndsWith("CA--1", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(xml.Root.Attribute("version")!.Value, Is.EqualTo("2.03"));
            Assert.That(activity.Element("iati-identifier")!.Value, Does.StartWith("XM-DAC-47066-"));
            Assert.That(activity.Element("reporting-org")!.Attribute("ref")!.Value, Is.EqualTo("XM-DAC-47066"));
            Assert.That(activity.Element("title")!.Element("narrative")!.Value, Is.Not.Empty);
            Assert.That(activity.Elements("participating-org").Select(p => p.Attribute("role")!.Value), Is.EquivalentTo(new[] { "1", "2", "3", "4" }));
            Assert.That(activity.Elements("participating-org").Single(p => p.Attribute("role")!.Value == "1").Attribute("ref")!.Value, Is.EqualTo("XI-TEST-GOVA"));
            Assert.That(activity.Element("activity-status")!.Attribute("code")!.Value, Is.EqualTo("2"), "active: implementation");
            Assert.That(activity.Elements("activity-date").Select(d => d.Attribute("type")!.Value), Is.EquivalentTo(new[] { "1", "2", "3" }));
            Assert.That(activity.Elements("recipient-country").Select(c => $"{c.Attribute("code")!.Value} {c.Attribute("percentage")!.Value}"), Is.EqualTo(new[] { "KE 60.00", "NG 40.00" }));
            Assert.That(activity.Elements("sector").Select(s => $"{s.Attribute("code")!.Value} {s.Attribute("percentage")!.Value}"), Is.EqualTo(new[] { "15190 60.00", "72010 40.00" }),
                "the lines' sectors by the agreement's amounts; a line with none is 15190");
            Assert.That(activity.Elements("transaction").Select(t => $"{t.Element("transaction-type")!.Attribute("code")!.Value} {t.Element("value")!.Value} {t.Element("value")!.Attribute("currency")!.Value}"),
                Is.EquivalentTo(new[] { "11 300000", "1 200000" }.Select(s => s + " EUR")));
            Assert.That(activity.Elements("transaction").Select(t => t.Element("receiver-org")!.Attribute("ref")!.Value), Is.All.EqualTo("XM-DAC-47066"));
            Assert.That(activities.SelectMany(a => a.Elements("activity-status")).Select(s => int.Parse(s.Attribute("code")!.Value, CultureInfo.InvariantCulture)), Is.All.InRange(1, 6));
        });
        Assert.That(IatiSchema.Violations(xml), Is.Empty, "valid against the vendored IATI 2.03 schema");
        var planted = new XDocument(xml);
        planted.Root!.Element("iati-activity")!.Element("reporting-org")!.AddBeforeSelf(new XElement("title", new XElement("narrative", "out of order")));
        Assert.That(IatiSchema.Violations(planted), Is.Not.Empty, "the schema catches an element out of its order");
        var transactionTypes = IatiSchema.Codes("TransactionType");
        var regions = IatiSchema.Codes("Region");
        var countries = IatiSchema.Codes("Country");
        Assert.Multiple(() =>
        {
            Assert.That(activities.SelectMany(a => a.Descendants("transaction-type")).Select(t => t.Attribute("code")!.Value), Is.All.AnyOf([.. transactionTypes]));
            Assert.That(activities.SelectMany(a => a.Elements("recipient-country")).Select(c => c.Attribute("code")!.Value), Is.All.AnyOf([.. countries]));
            Assert.That(activities.SelectMany(a => a.Elements("recipient-region")).Select(c => c.Attribute("code")!.Value), Is.All.AnyOf([.. regions]));
            Assert.That(activities, Is.All.Matches<XElement>(a => a.Elements("recipient-country").Any() || a.Elements("recipient-region").Any()), "ruleset 3.7.1");
            Assert.That(activities.Select(a => a.Element("iati-identifier")!.Value), Is.All.Matches(@"^[A-Za-z0-9._-]+$"));
        });
        var order = activity.Elements().Select(e => e.Name.LocalName).Distinct().ToList();
        Assert.That(order, Is.EqualTo(new[]
            {
                "iati-identifier", "reporting-org", "title", "description", "participating-org", "activity-status", "activity-date", "recipient-country", "sector",
                "default-flow-type", "default-finance-type", "default-aid-type", "budget", "transaction",
            }),
            "elements in the schema's order");
    }

    [Test]
    public async Task Amounts_KeepTheirExchangeRateProvenance()
    {
        var flow = await _client.GetAsync($"{FundingFixture.Root}/flows/{_fixture.Flows["F3"]}").ExpectAsync(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(flow["originalAmount"]!.GetValue<decimal>(), Is.EqualTo(100_000m));
            Assert.That(flow.Str("currency"), Is.EqualTo("CHF"));
            Assert.That(flow["exchangeRate"]!["usdPerUnit"]!.GetValue<decimal>(), Is.EqualTo(1.12m));
            Assert.That(flow["exchangeRate"]!.Str("source"), Is.EqualTo("UN operational rate of exchange"));
            Assert.That(flow["amountUsd"]!.GetValue<decimal>(), Is.EqualTo(112_000m));
        });
        var agreement = await _client.GetAsync($"{FundingFixture.Root}/agreements/{_fixture.AgreementId}").ExpectAsync(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(agreement["amountUsd"]!.GetValue<decimal>(), Is.EqualTo(550_000m));
            Assert.That(agreement["multiYear"]!.GetValue<bool>(), Is.True);
            Assert.That(agreement.Str("signedOn"), Is.EqualTo("2025-09-01"));
        });
    }
}
