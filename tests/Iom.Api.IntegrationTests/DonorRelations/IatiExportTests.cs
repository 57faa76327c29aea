using System.Net;
using System.Xml.Linq;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.DonorRelations;

/// <summary>
/// The IATI export over its own funding fixture, which these tests change: every stage of a flow is a transaction of
/// its own day, identifiers carry no slash, and an activity with no country names a region; always schema-valid.
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

    private async Task<XDocument> ExportAsync()
    {
        using var response = await _client.GetAsync($"{FundingFixture.Root}/iati/activities");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(IatiSchema.Violations(xml), Is.Empty, "valid against the vendored IATI 2.03 schema");
        return xml;
    }
}
