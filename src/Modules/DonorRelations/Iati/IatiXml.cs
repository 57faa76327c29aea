using System.Globalization;
using System.Xml.Linq;
using Iom.Modules.DonorRelations.Donors;
using Iom.SharedKernel.Text;

namespace Iom.Modules.DonorRelations.Iati;

/// <summary>
/// Writes IATI Activity Standard 2.03: elements in the schema's order, IOM (XM-DAC-47066) as reporting, accountable and
/// implementing organisation, the donors as funding and extending organisations, codes from the IATI code lists.
/// </summary>
internal static class IatiXml
{
    public const string ReportingOrgRef = "XM-DAC-47066";
    private const string ReportingOrgName = "International Organization for Migration";

    public static XDocument Activities(IEnumerable<IatiActivity> activities, DateTimeOffset now) =>
        new(new XDeclaration("1.0", "UTF-8", null),
            new XElement("iati-activities",
                new XAttribute("version", "2.03"),
                new XAttribute("generated-datetime", Instant(now)),
                activities.Select(Activity)));

    /// <summary>
    /// An activity's identifier: IOM's prefix and the agreement's reference, with every character IATI's guidance keeps
    /// out of identifiers (a slash, a space, an ampersand …) written as a hyphen.
    /// </summary>
    public static string Identifier(string reference) =>
        $"{ReportingOrgRef}-{string.Concat(reference.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '-'))}";

    private static XElement Activity(IatiActivity a) =>
        new("iati-activity",
            new XAttribute("last-updated-datetime", Instant(a.LastUpdated)),
            new XAttribute(XNamespace.Xml + "lang", "en"),
            new XAttribute("default-currency", a.Currency),
            new XElement("iati-identifier", a.Identifier),
            Organisation("reporting-org", ReportingOrgRef, "40", ReportingOrgName),
            Narrative("title", a.Title),
            Narrative("description", a.Description),
            a.Funders.Select(f => Participant("1", f)),
            Participant("2", ReportingOrgRef, "40", ReportingOrgName),
            Participant("3", a.Extending),
            Participant("4", ReportingOrgRef, "40", ReportingOrgName),
            new XElement("activity-status", new XAttribute("code", a.Status)),
            a.Dates.Select(d => new XElement("activity-date", new XAttribute("iso-date", Day(d.Date)), new XAttribute("type", d.Type))),
            Recipients(a.Parts),
            IatiShares.Of(a.Parts.Select(p => (p.Sector ?? IatiCodes.MigrationSector, p.Amount))).DefaultIfEmpty((Key: IatiCodes.MigrationSector, Percentage: "100"))
                .Select(s => new XElement("sector", new XAttribute("vocabulary", "1"), new XAttribute("code", s.Key), new XAttribute("percentage", s.Percentage))),
            new XElement("default-flow-type", new XAttribute("code", IatiCodes.FlowType(a.Extending.Type))),
            new XElement("default-finance-type", new XAttribute("code", IatiCodes.StandardGrant)),
            a.DefaultAidType is null ? null : new XElement("default-aid-type", new XAttribute("code", a.DefaultAidType), new XAttribute("vocabulary", "1")),
            a.Budgets.Select(b => new XElement("budget", new XAttribute("type", b.Type), new XAttribute("status", "2"),
                new XElement("period-start", new XAttribute("iso-date", Day(b.Start))),
                new XElement("period-end", new XAttribute("iso-date", Day(b.End))),
                Value(b.Amount, b.Currency, b.Start))),
            a.Transactions.Select(Transaction));

    // Shares of the parts that name a country; none: DAC region 998, developing countries unspecified (IATI ruleset 3.7.1).
    private static IEnumerable<XElement> Recipients(IReadOnlyList<(string? Country, string? Sector, decimal Amount)> parts)
    {
        var countries = IatiShares.Of(parts.Where(p => p.Country is not null).Select(p => (Alpha2(p.Country!), p.Amount)));
        return countries.Count == 0
            ? [new XElement("recipient-region", new XAttribute("code", "998"), new XAttribute("vocabulary", "1"), new XAttribute("percentage", "100"))]
            : countries.Select(c => new XElement("recipient-country", new XAttribute("code", c.Key), new XAttribute("percentage", c.Percentage)));
    }

    private static XElement Transaction(IatiTransaction t) =>
        new("transaction",
            new XElement("transaction-type", new XAttribute("code", t.Type)),
            new XElement("transaction-date", new XAttribute("iso-date", Day(t.Date))),
            Value(t.Flow.OriginalAmount, t.Flow.Currency, t.Flow.RateDate),
            Organisation("provider-org", t.Provider.IatiRef, IatiCodes.OrganisationType(t.Provider.Type), t.Provider.Name),
            Organisation("receiver-org", ReportingOrgRef, "40", ReportingOrgName),
            t.AidType is null ? null : new XElement("aid-type", new XAttribute("code", t.AidType), new XAttribute("vocabulary", "1")));

    private static XElement Value(decimal amount, string currency, DateOnly valueDate) =>
        new("value", new XAttribute("currency", currency), new XAttribute("value-date", Day(valueDate)), amount.ToString(CultureInfo.InvariantCulture));

    private static XElement Organisation(string element, string? reference, string type, string name) =>
        new(element, reference is null ? null : new XAttribute("ref", reference), new XAttribute("type", type), new XElement("narrative", name));

    private static XElement Participant(string role, DonorRow donor) => Participant(role, donor.IatiRef, IatiCodes.OrganisationType(donor.Type), donor.Name);

    private static XElement Participant(string role, string? reference, string type, string name) =>
        new("participating-org", reference is null ? null : new XAttribute("ref", reference), new XAttribute("role", role), new XAttribute("type", type), new XElement("narrative", name));

    private static XElement Narrative(string element, string text) => new(element, new XElement("narrative", text));

    // IATI's Country codelist is ISO 3166-1 alpha-2; the module keeps alpha-3.
    private static string Alpha2(string country) => Countries.TryFind(country, out var found) ? found.Alpha2 : country;

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Instant(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
