using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Iom.Modules.Research.Manifestations;
using Iom.Modules.Research.Works;
using Iom.SharedKernel.Text;

namespace Iom.Modules.Research.Exports;

/// <summary>The parts of a Crossref 5.3.1 record that every content type shares; <see cref="CrossrefXml"/> puts them in each type's order.</summary>
internal static partial class CrossrefParts
{
    public static readonly XNamespace Cr = "http://www.crossref.org/schema/5.3.1";
    public static readonly XNamespace Rel = "http://www.crossref.org/relations.xsd";
    public static readonly XNamespace Fr = "http://www.crossref.org/fundref.xsd";
    public static readonly XNamespace Ai = "http://www.crossref.org/AccessIndicators.xsd";
    public static readonly XNamespace Jats = "http://www.ncbi.nlm.nih.gov/JATS1";

    public static XElement Contributors(IReadOnlyList<Contributor> contributors, CrossrefOptions options)
    {
        if (contributors.Count == 0)
        {
            return new XElement(Cr + "contributors",
                new XElement(Cr + "organization", new XAttribute("sequence", "first"), new XAttribute("contributor_role", "author"), options.DepositorName));
        }

        return new XElement(Cr + "contributors", contributors.Select((c, i) => new XElement(Cr + "person_name",
            new XAttribute("sequence", i == 0 ? "first" : "additional"),
            new XAttribute("contributor_role", c.Role!.Value.ToText()),
            string.IsNullOrWhiteSpace(c.GivenName) ? null : new XElement(Cr + "given_name", c.GivenName),
            new XElement(Cr + "surname", c.FamilyName),
            c.Affiliation is null ? null : new XElement(Cr + "affiliations", new XElement(Cr + "institution", new XElement(Cr + "institution_name", c.Affiliation))),
            c.Orcid is null ? null : new XElement(Cr + "ORCID", $"https://orcid.org/{c.Orcid}"))));
    }

    /// <summary>Every abstract of the work, each in its language (JATS, as Crossref takes them).</summary>
    public static IEnumerable<XElement> Abstracts(WorkRow work) =>
        work.AbstractList.Select(a => new XElement(Jats + "abstract", new XAttribute(XNamespace.Xml + "lang", a.Language!), new XElement(Jats + "p", a.Text)));

    public static XElement PublicationDate(WorkRow work) => work.PublishedOn is { } on
        ? new XElement(Cr + "publication_date", new XAttribute("media_type", "online"),
            new XElement(Cr + "month", on.Month.ToString("00", CultureInfo.InvariantCulture)),
            new XElement(Cr + "day", on.Day.ToString("00", CultureInfo.InvariantCulture)),
            new XElement(Cr + "year", on.Year.ToString(CultureInfo.InvariantCulture)))
        : new XElement(Cr + "publication_date", new XAttribute("media_type", "online"),
            new XElement(Cr + "year", (work.ProgrammeYear ?? work.CreatedAt.Year).ToString(CultureInfo.InvariantCulture)));

    // A book's metadata names an ISBN or says why it has none (the schema requires one of the two); a report may omit both.
    public static XElement? Isbn(ManifestationRow version, bool isBook) => version.Isbn is { } isbn
        ? new XElement(Cr + "isbn", new XAttribute("media_type", version.Format == ManifestationFormat.Print ? "print" : "electronic"), isbn)
        : isBook ? new XElement(Cr + "noisbn", new XAttribute("reason", "monograph")) : null;

    /// <summary>The funders of the project the work comes out of (FundRef), by name: the project keeps no Funder Registry ids.</summary>
    public static XElement? Funders(IReadOnlyList<string> funders) => funders.Count == 0 ? null
        : new XElement(Fr + "program", new XAttribute("name", "fundref"),
            funders.Select(f => new XElement(Fr + "assertion", new XAttribute("name", "fundgroup"), new XElement(Fr + "assertion", new XAttribute("name", "funder_name"), f))));

    /// <summary>The licence as Crossref's access indicators take it: a URL, for the version of record; none when the licence names no known one.</summary>
    public static XElement? Licence(string? licence) => LicenceUrl(licence) is { } url
        ? new XElement(Ai + "program", new XAttribute("name", "AccessIndicators"), new XElement(Ai + "license_ref", new XAttribute("applies_to", "vor"), url))
        : null;

    /// <summary>
    /// A licence's URL: one given as a URL, or a Creative Commons licence by name (CC BY-NC-ND 3.0 IGO →
    /// https://creativecommons.org/licenses/by-nc-nd/3.0/igo/, CC0 → the public domain dedication).
    /// </summary>
    public static string? LicenceUrl(string? licence)
    {
        if (licence is null)
        {
            return null;
        }

        if (Uri.TryCreate(licence.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return uri.AbsoluteUri;
        }

        if (Cc0().IsMatch(licence))
        {
            return "https://creativecommons.org/publicdomain/zero/1.0/";
        }

        var cc = CreativeCommons().Match(licence);
        return cc.Success
            ? $"https://creativecommons.org/licenses/{cc.Groups["terms"].Value.ToLowerInvariant()}/{cc.Groups["version"].Value}/{(cc.Groups["igo"].Success ? "igo/" : string.Empty)}"
            : null;
    }

    /// <summary>
    /// Relations between the versions with a DOI: isTranslationOf the version it was translated from and hasTranslation
    /// those translated from it; among the formats of one language, the first (PDF before EPUB, print, HTML) hasFormat
    /// each other, and each other isFormatOf it.
    /// </summary>
    public static XElement? Relations(ManifestationRow version, IReadOnlyList<ManifestationRow> all)
    {
        var items = new List<XElement>();
        if (version.TranslationOf is { } sourceId && all.FirstOrDefault(m => m.Id == sourceId)?.Doi is { } sourceDoi)
        {
            items.Add(Related("isTranslationOf", sourceDoi));
        }

        items.AddRange(all.Where(m => m.TranslationOf == version.Id && m.Doi is not null).Select(m => Related("hasTranslation", m.Doi!)));
        var formats = all.Where(m => m.Language == version.Language && m.Doi is not null).OrderBy(m => m.Format).ThenBy(m => m.CreatedAt).ToList();
        if (formats.Count > 1 && formats[0].Id == version.Id)
        {
            items.AddRange(formats.Skip(1).Select(m => Related("hasFormat", m.Doi!)));
        }
        else if (formats.Count > 1 && formats.Any(m => m.Id == version.Id))
        {
            items.Add(Related("isFormatOf", formats[0].Doi!));
        }

        return items.Count == 0 ? null : new XElement(Rel + "program", items);
    }

    private static XElement Related(string relationship, string doi) =>
        new(Rel + "related_item",
            new XElement(Rel + "intra_work_relation", new XAttribute("relationship-type", relationship), new XAttribute("identifier-type", "doi"), doi));

    [GeneratedRegex(@"^\s*CC0(\s+1\.0)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Cc0();

    [GeneratedRegex(@"^\s*CC[\s-]+(?<terms>BY(-(NC|SA|ND))*)\s+(?<version>[1-4]\.0)(\s+(?<igo>IGO))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CreativeCommons();
}
