using System.Globalization;
using System.Xml.Linq;
using Iom.Modules.DonorRelations.Agreements;
using Iom.Modules.DonorRelations.Donors;
using Iom.Modules.DonorRelations.Flows;
using Iom.SharedKernel.Text;

namespace Iom.Modules.DonorRelations.Iati;

/// <summary>
/// Writes IATI Activity Standard 2.03: elements in the schema's order, IOM (XM-DAC-47066) as reporting, accountable and
/// implementing organisation, the donor as funding and extending organisation, codes from the IATI code lists.
/// </summary>
internal static class IatiXml
{
    public const string ReportingOrgRef = "XM-DAC-47066";
    private const string ReportingOrgName = "International Organization for Migration";

    /// <summary>DAC 5-digit sector 15190: facilitation of orderly, safe, regular and responsible migration and mobility.</summary>
    private const string MigrationSector = "15190";

    public static XDocument Activities(IReadOnlyList<AgreementDetails> agreements, IReadOnlyDictionary<Guid, DonorRow> donors, ILookup<Guid, FlowRow> flows, DateTimeOffset now) =>
        new(new XDeclaration("1.0", "UTF-8", null),
            new XElement("iati-activities",
                new XAttribute("version", "2.03"),
                new XAttribute("generated-datetime", Instant(now)),
                agreements.Select(a => Activity(a, donors[a.DonorId], flows[a.Id].ToList()))));

    private static XElement Activity(AgreementDetails agreement, DonorRow donor, IReadOnlyList<FlowRow> flows) =>
        new("iati-activity",
            new XAttribute("last-updated-datetime", Instant(agreement.UpdatedAt)),
            new XAttribute(XNamespace.Xml + "lang", "en"),
            new XAttribute("default-currency", agreement.Currency),
            new XElement("iati-identifier", Identifier(agreement.Reference)),
            Organisation("reporting-org", ReportingOrgRef, "40", ReportingOrgName),
            Narrative("title", agreement.Title),
            Narrative("description", $"Contribution agreement {agreement.Reference} with {donor.Name}."),
            Participant("1", donor.IatiRef, OrganisationType(donor.Type), donor.Name),
            Participant("2", ReportingOrgRef, "40", ReportingOrgName),
            Participant("3", donor.IatiRef, OrganisationType(donor.Type), donor.Name),
            Participant("4", ReportingOrgRef, "40", ReportingOrgName),
            new XElement("activity-status", new XAttribute("code", ActivityStatus(agreement.Status))),
            Dates(agreement),
            RecipientCountries(agreement),
            new XElement("sector", new XAttribute("vocabulary", "1"), new XAttribute("code", MigrationSector), new XAttribute("percentage", "100")),
            flows.SelectMany(f => Stages(f).Select(stage => Transaction(f, stage.Type, stage.Date, donor))));

    /// <summary>
    /// The activity's identifier: IOM's prefix and the agreement's reference, with every character IATI's guidance keeps
    /// out of identifiers (a slash, a space, an ampersand …) written as a hyphen.
    /// </summary>
    public static string Identifier(string reference) =>
        $"{ReportingOrgRef}-{string.Concat(reference.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '-'))}";

    // Each stage a flow went through is a transaction of its own on its own day: pledged (13), committed (11), paid (1).
    // A flow recorded before the stage days were kept knows only its current stage.
    private static IEnumerable<(string Type, DateOnly Date)> Stages(FlowRow flow)
    {
        var stages = new List<(string, DateOnly)>();
        if (flow.PledgedOn is { } pledged)
        {
            stages.Add((TransactionType(FlowStatus.Pledge), pledged));
        }

        if (flow.CommittedOn is { } committed)
        {
            stages.Add((TransactionType(FlowStatus.Commitment), committed));
        }

        if (flow.PaidOn is { } paid)
        {
            stages.Add((TransactionType(FlowStatus.Paid), paid));
        }

        return stages.Count > 0 ? stages : [(TransactionType(flow.Status), flow.FlowDate)];
    }

    /// <summary>ActivityStatus: 1 pipeline, 2 implementation, 3 finalisation, 4 closed, 5 cancelled, 6 suspended.</summary>
    public static string ActivityStatus(AgreementStatus status) => status switch
    {
        AgreementStatus.Draft or AgreementStatus.Signed => "1",
        AgreementStatus.Active => "2",
        AgreementStatus.InClosure => "3",
        AgreementStatus.Closed => "4",
        AgreementStatus.Terminated => "5",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>TransactionType: 13 incoming pledge, 11 incoming commitment, 1 incoming funds.</summary>
    public static string TransactionType(FlowStatus status) => status switch
    {
        FlowStatus.Pledge => "13",
        FlowStatus.Commitment => "11",
        FlowStatus.Paid => "1",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>OrganisationType: 10 government, 40 multilateral, 60 foundation, 70 private sector, 90 other.</summary>
    public static string OrganisationType(DonorType type) => type switch
    {
        DonorType.Government => "10",
        DonorType.EuInstitution or DonorType.Multilateral or DonorType.UnPooledFund => "40",
        DonorType.Foundation => "60",
        DonorType.PrivateSector => "70",
        _ => "90",
    };

    // ActivityDateType: 1 planned start, 2 actual start, 3 planned end, 4 actual end.
    private static IEnumerable<XElement> Dates(AgreementDetails agreement)
    {
        yield return Date("1", agreement.StartOn);
        if (agreement.Status is AgreementStatus.Active or AgreementStatus.InClosure or AgreementStatus.Closed)
        {
            yield return Date("2", agreement.StartOn);
        }

        yield return Date("3", agreement.EndOn);
        if (agreement.Status == AgreementStatus.Closed)
        {
            yield return Date("4", agreement.EndOn);
        }
    }

    // Shares of the funded lines that name a country; the last takes the rounding remainder so that they add up to 100.
    private static IEnumerable<XElement> RecipientCountries(AgreementDetails agreement)
    {
        var byCountry = agreement.Lines.Where(l => l.Country is not null).GroupBy(l => l.Country!).Select(g => (Country: g.Key, Amount: g.Sum(l => l.Amount))).OrderBy(c => c.Country, StringComparer.Ordinal).ToList();
        var total = byCountry.Sum(c => c.Amount);
        var given = 0m;
        if (byCountry.Count == 0 || total <= 0)
        {
            // Every activity names where it benefits (IATI ruleset 3.7.1): DAC region 998, developing countries unspecified.
            yield return new XElement("recipient-region", new XAttribute("code", "998"), new XAttribute("vocabulary", "1"), new XAttribute("percentage", "100"));
            yield break;
        }

        for (var i = 0; i < byCountry.Count; i++)
        {
            var share = (i == byCountry.Count - 1 ? 100m - given : Math.Round(100m * byCountry[i].Amount / total, 2, MidpointRounding.AwayFromZero)) + 0.00m;
            given += share;
            yield return new XElement("recipient-country", new XAttribute("code", Alpha2(byCountry[i].Country)), new XAttribute("percentage", share.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static XElement Transaction(FlowRow flow, string type, DateOnly date, DonorRow donor) =>
        new("transaction",
            new XElement("transaction-type", new XAttribute("code", type)),
            new XElement("transaction-date", new XAttribute("iso-date", Day(date))),
            new XElement("value", new XAttribute("currency", flow.Currency), new XAttribute("value-date", Day(flow.RateDate)), flow.OriginalAmount.ToString(CultureInfo.InvariantCulture)),
            Organisation("provider-org", donor.IatiRef, OrganisationType(donor.Type), donor.Name),
            Organisation("receiver-org", ReportingOrgRef, "40", ReportingOrgName));

    private static XElement Organisation(string element, string? reference, string type, string name) =>
        new(element, reference is null ? null : new XAttribute("ref", reference), new XAttribute("type", type), new XElement("narrative", name));

    private static XElement Participant(string role, string? reference, string type, string name) =>
        new("participating-org", reference is null ? null : new XAttribute("ref", reference), new XAttribute("role", role), new XAttribute("type", type), new XElement("narrative", name));

    private static XElement Narrative(string element, string text) => new(element, new XElement("narrative", text));

    private static XElement Date(string type, DateOnly date) => new("activity-date", new XAttribute("iso-date", Day(date)), new XAttribute("type", type));

    // IATI's Country codelist is ISO 3166-1 alpha-2; the module keeps alpha-3.
    private static string Alpha2(string country) => Countries.TryFind(country, out var found) ? found.Alpha2 : country;

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Instant(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
