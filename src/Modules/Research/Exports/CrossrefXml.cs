using System.Globalization;
using System.Xml.Linq;
using Iom.Modules.Research.Manifestations;
using Iom.Modules.Research.Series;
using Iom.Modules.Research.Works;
using Iom.SharedKernel.Text;

namespace Iom.Modules.Research.Exports;

/// <summary>
/// A Crossref 5.3.1 deposit: one record per language version with a DOI (a book for books and glossaries, a report
/// otherwise), with isTranslationOf / hasTranslation relations between language versions, so that each translation
/// is registered and linked rather than only the primary language.
/// </summary>
internal static class CrossrefXml
{
    public static readonly XNamespace Cr = "http://www.crossref.org/schema/5.3.1";
    public static readonly XNamespace Rel = "http://www.crossref.org/relations.xsd";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static XDocument Deposit(WorkRow work, SeriesRow? series, IReadOnlyList<ManifestationRow> manifestations, DateTimeOffset now, CrossrefOptions options)
    {
        var timestamp = now.UtcDateTime.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        var records = manifestations.Where(m => m.Doi is not null).Select(m => Record(work, series, m, manifestations, options));
        return new XDocument(
            new XDeclaration("1.0", "UTF-8", null),
            new XElement(Cr + "doi_batch",
                new XAttribute("version", "5.3.1"),
                new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
                new XAttribute(XNamespace.Xmlns + "rel", Rel),
                new XAttribute(Xsi + "schemaLocation", "http://www.crossref.org/schema/5.3.1 https://www.crossref.org/schemas/crossref5.3.1.xsd"),
                new XElement(Cr + "head",
                    new XElement(Cr + "doi_batch_id", $"{work.PublicationCode.Replace('/', '-')}-{timestamp}"),
                    new XElement(Cr + "timestamp", timestamp),
                    new XElement(Cr + "depositor", new XElement(Cr + "depositor_name", options.DepositorName), new XElement(Cr + "email_address", options.DepositorEmail)),
                    new XElement(Cr + "registrant", options.DepositorName)),
                new XElement(Cr + "body", records)));
    }

    private static XElement Record(WorkRow work, SeriesRow? series, ManifestationRow version, IReadOnlyList<ManifestationRow> all, CrossrefOptions options)
    {
        var isBook = work.Type is WorkType.Book or WorkType.Glossary;
        var (title, _) = work.TitleIn(version.Language);
        var subtitle = work.Subtitle?.In(version.Language);
        var body = new List<object?>
        {
            Contributors(work.ContributorList, options),
            new XElement(Cr + "titles", new XElement(Cr + "title", title), subtitle is null ? null : new XElement(Cr + "subtitle", subtitle)),
            PublicationDate(work),
            Isbn(version, isBook),
            new XElement(Cr + "publisher", new XElement(Cr + "publisher_name", options.DepositorName), new XElement(Cr + "publisher_place", "Geneva")),
            new XElement(Cr + "publisher_item", new XElement(Cr + "item_number", work.PublicationCode)),
        };
        var doi = new XElement(Cr + "doi_data",
            new XElement(Cr + "doi", version.Doi),
            new XElement(Cr + "resource", $"{options.ResourceBaseUrl}{Uri.EscapeDataString(work.PublicationCode)}/{version.Language}/{version.Format.ToText()}"));
        var relations = Relations(version, all);
        var inSeries = !isBook && series?.Issn is not null;
        // crossref5.3.1.xsd orders them by content type: rel:program before doi_data in book_metadata and
        // report-paper_metadata, after it (and after citation_list) in report-paper_series_metadata.
        body.AddRange(inSeries ? [doi, relations] : [relations, doi]);

        if (isBook)
        {
            return new XElement(Cr + "book", new XAttribute("book_type", "monograph"),
                new XElement(Cr + "book_metadata", new XAttribute("language", version.Language), body));
        }

        if (series?.Issn is not null)
        {
            var seriesMetadata = new XElement(Cr + "series_metadata",
                new XElement(Cr + "titles", new XElement(Cr + "title", series.Name.In(version.Language) ?? series.Name.En ?? series.Code)),
                new XElement(Cr + "issn", series.Issn));
            return new XElement(Cr + "report-paper",
                new XElement(Cr + "report-paper_series_metadata", new XAttribute("language", version.Language), seriesMetadata, body));
        }

        return new XElement(Cr + "report-paper", new XElement(Cr + "report-paper_metadata", new XAttribute("language", version.Language), body));
    }

    // A book's metadata names an ISBN or says why it has none (the schema requires one of the two); a report may omit both.
    private static XElement? Isbn(ManifestationRow version, bool isBook) => version.Isbn is { } isbn
        ? new XElement(Cr + "isbn", new XAttribute("media_type", version.Format == ManifestationFormat.Print ? "print" : "electronic"), isbn)
        : isBook ? new XElement(Cr + "noisbn", new XAttribute("reason", "monograph")) : null;

    private static XElement Contributors(IReadOnlyList<Contributor> contributors, CrossrefOptions options)
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

    private static XElement PublicationDate(WorkRow work) => work.PublishedOn is { } on
        ? new XElement(Cr + "publication_date", new XAttribute("media_type", "online"),
            new XElement(Cr + "month", on.Month.ToString("00", CultureInfo.InvariantCulture)),
            new XElement(Cr + "day", on.Day.ToString("00", CultureInfo.InvariantCulture)),
            new XElement(Cr + "year", on.Year.ToString(CultureInfo.InvariantCulture)))
        : new XElement(Cr + "publication_date", new XAttribute("media_type", "online"),
            new XElement(Cr + "year", (work.ProgrammeYear ?? work.CreatedAt.Year).ToString(CultureInfo.InvariantCulture)));

    // isTranslationOf the version it was translated from; hasTranslation each version translated from it (those with DOIs).
    private static XElement? Relations(ManifestationRow version, IReadOnlyList<ManifestationRow> all)
    {
        var items = new List<XElement>();
        if (version.TranslationOf is { } sourceId && all.FirstOrDefault(m => m.Id == sourceId)?.Doi is { } sourceDoi)
        {
            items.Add(Related("isTranslationOf", sourceDoi));
        }

        items.AddRange(all.Where(m => m.TranslationOf == version.Id && m.Doi is not null).Select(m => Related("hasTranslation", m.Doi!)));
        return items.Count == 0 ? null : new XElement(Rel + "program", items);
    }

    private static XElement Related(string relationship, string doi) =>
        new(Rel + "related_item",
            new XElement(Rel + "intra_work_relation", new XAttribute("relationship-type", relationship), new XAttribute("identifier-type", "doi"), doi));
}
