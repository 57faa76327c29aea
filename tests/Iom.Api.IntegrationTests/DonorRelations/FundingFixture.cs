using System.Net;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.DonorRelations;

/// <summary>
/// A realistic funding picture built through the API, small enough to work out by hand: three donors (a government
/// giving in EUR, a UN pooled fund, a foundation giving in CHF through the pooled fund), an appeal of four lines, a
/// pledge partly converted into an agreement, and flows at every status including a parent and its child.
/// </summary>
internal sealed class FundingFixture
{
    public const string Root = "/api/v1/donor-relations";

    public Dictionary<string, string> Donors { get; } = [];

    public Dictionary<string, string> Lines { get; } = [];

    public Dictionary<string, string> Flows { get; } = [];

    public string AppealId { get; private set; } = string.Empty;

    public string PledgeId { get; private set; } = string.Empty;

    public string AgreementId { get; private set; } = string.Empty;

    public static async Task<FundingFixture> BuildAsync(HttpClient client, string suffix)
    {
        var f = new FundingFixture();
        f.Donors["GOV-A"] = await Donor(client, $"GOV-A{suffix}", "government", "XI-TEST-GOVA");
        f.Donors["MPTF"] = await Donor(client, $"MPTF{suffix}", "unPooledFund", "XM-TEST-MPTF");
        f.Donors["FDN-X"] = await Donor(client, $"FDN-X{suffix}", "foundation", "XI-TEST-FDNX");
        await client.SendJsonAsync(HttpMethod.Put, $"{Root}/donors/{f.Donors["GOV-A"]}/priorities/2025",
            """{"themes":["SO2"],"countries":["NG"],"modality":"earmarked","envelopeAmount":2000000,"envelopeCurrency":"EUR"}""").ExpectAsync(HttpStatusCode.OK);
        await client.SendJsonAsync(HttpMethod.Put, $"{Root}/donors/{f.Donors["MPTF"]}/priorities/2025", """{"modality":"unearmarked"}""").ExpectAsync(HttpStatusCode.OK);

        var appeal = await client.PostJsonAsync($"{Root}/appeals", new
        {
            code = $"GA-2025{suffix}", type = "globalAppeal", year = 2025, title = new { en = "Global Appeal 2025" },
            periodStart = "2025-01-01", periodEnd = "2025-12-31", currency = "USD",
            lines = new object[]
            {
                new { code = "SO1-KE", objective = "SO1", region = "EHA", country = "KE", amount = 1_000_000 },
                new { code = "SO1-UG", objective = "SO1", region = "EHA", country = "800", amount = 800_000 },
                new { code = "SO2-NG", objective = "SO2", region = "WCA", country = "NGA", amount = 1_500_000, sector = "72010" },
                new { code = "SO3-GLOBAL", objective = "SO3", amount = 500_000 },
            },
        }).ExpectAsync(HttpStatusCode.Created);
        f.AppealId = appeal.Id();
        foreach (var line in appeal["lines"]!.AsArray())
        {
            f.Lines[line!.Str("code")] = line!.Id();
        }

        await client.PostJsonAsync($"{Root}/appeals/{f.AppealId}/publish", null).ExpectAsync(HttpStatusCode.OK);
        await client.PostJsonAsync($"{Root}/appeals/{f.AppealId}/revise", new { lines = new[] { new { code = "SO1-KE", amount = 1_200_000 } } }).ExpectAsync(HttpStatusCode.OK);

        var pledge = await client.PostJsonAsync($"{Root}/pledges", new
        {
            donorId = f.Donors["GOV-A"], appealId = f.AppealId, reference = $"PL-{suffix}-1", amount = 800_000, currency = "EUR", pledgedOn = "2025-01-15",
            earmarking = "earmarked", instalments = new[] { new { dueOn = "2025-02-01", amount = 400_000 }, new { dueOn = "2025-08-01", amount = 400_000 } },
        }).ExpectAsync(HttpStatusCode.Created);
        f.PledgeId = pledge.Id();

        var agreement = await client.PostJsonAsync($"{Root}/agreements", new
        {
            donorId = f.Donors["GOV-A"], reference = $"CA-{suffix}-1", title = "Protection and solutions 2025-2026", amount = 500_000, currency = "EUR",
            exchangeRate = new { usdPerUnit = 1.10, source = "UN operational rate of exchange", date = "2025-01-01" },
            startOn = "2025-01-01", endOn = "2026-12-31", earmarking = "earmarked", pledgeId = f.PledgeId,
            lines = new[] { new { appealLineId = f.Lines["SO1-KE"], amount = 300_000 }, new { appealLineId = f.Lines["SO2-NG"], amount = 200_000 } },
        }).ExpectAsync(HttpStatusCode.Created);
        f.AgreementId = agreement.Id();
        await client.PostJsonAsync($"{Root}/agreements/{f.AgreementId}/sign", null).ExpectAsync(HttpStatusCode.OK);
        await client.PostJsonAsync($"{Root}/agreements/{f.AgreementId}/activate", null).ExpectAsync(HttpStatusCode.OK);

        f.Flows["F1"] = await Flow(client, f.Donors["GOV-A"], "commitment", 300_000, "EUR", 1.10m, 2025, line: f.Lines["SO1-KE"], agreement: f.AgreementId);
        f.Flows["F2"] = await Flow(client, f.Donors["GOV-A"], "paid", 200_000, "EUR", 1.08m, 2025, line: f.Lines["SO2-NG"], agreement: f.AgreementId);
        f.Flows["F3"] = await Flow(client, f.Donors["FDN-X"], "paid", 100_000, "CHF", 1.12m, 2025, appeal: f.AppealId, earmarking: "softlyEarmarked");
        f.Flows["F4"] = await Flow(client, f.Donors["MPTF"], "paid", 112_000, "USD", 1m, 2025, line: f.Lines["SO1-UG"], parent: f.Flows["F3"], earmarking: "unearmarked");
        f.Flows["F5"] = await Flow(client, f.Donors["MPTF"], "commitment", 50_000, "USD", 1m, 2025, line: f.Lines["SO3-GLOBAL"], earmarking: "unearmarked");
        f.Flows["F6"] = await Flow(client, f.Donors["GOV-A"], "pledge", 300_000, "EUR", 1.10m, 2025, appeal: f.AppealId, earmarking: "earmarked");
        f.Flows["F7"] = await Flow(client, f.Donors["GOV-A"], "paid", 100_000, "USD", 1m, 2024, earmarking: "unearmarked");
        return f;
    }

    public static object FlowBody(string donorId, string status, decimal amount, string currency, decimal rate, int year,
        string? line = null, string? appeal = null, string? agreement = null, string? parent = null, string? earmarking = null) => new
    {
        donorId, appealId = appeal, appealLineId = line, agreementId = agreement, parentFlowId = parent, status, originalAmount = amount, currency,
        exchangeRate = new { usdPerUnit = rate, source = currency == "USD" ? "USD" : "UN operational rate of exchange", date = $"{year}-01-01" },
        budgetYear = year, flowDate = $"{year}-03-01", earmarking,
    };

    private static async Task<string> Flow(HttpClient client, string donorId, string status, decimal amount, string currency, decimal rate, int year,
        string? line = null, string? appeal = null, string? agreement = null, string? parent = null, string? earmarking = null) =>
        (await client.PostJsonAsync($"{Root}/flows", FlowBody(donorId, status, amount, currency, rate, year, line, appeal, agreement, parent, earmarking))
            .ExpectAsync(HttpStatusCode.Created)).Id();

    private static async Task<string> Donor(HttpClient client, string code, string type, string iatiRef) =>
        (await client.PostJsonAsync($"{Root}/donors", new
        {
            code, name = $"Donor {code}", type, country = "DE", iatiRef,
            focalPoints = new[] { new { name = "A. Officer", role = "Desk officer", email = "desk@example.org" } },
        }).ExpectAsync(HttpStatusCode.Created)).Id();
}
