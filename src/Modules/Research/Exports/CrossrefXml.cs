using System.Globalization;
using System.Xml.Linq;
using Iom.Modules.Research.Manifestations;
using Iom.Modules.Research.Series;
using Iom.Modules.Research.Works;
using Iom.SharedKernel.Text;
using static Iom.Modules.Research.Exports.CrossrefParts;

namespace Iom.Modules.Research.Exports;

/// <summary>
/// A Crossref 5.3.1 deposit: one record per language and format version with a DOI: a book (in a series, when the series
/// has an ISSN) for books and glossaries, a report (in a series, likewise) otherwise; with the work's abstracts, its
/// licence, its project's funders and its contributors' affiliations, and the relations between every language and format
/// version, so that each is registered and linked rather than only the primary one.
/// </summary>
internal static class CrossrefXml
{
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static XDocument Deposit(WorkRow work, SeriesRow? series, IReadOnlyList<ManifestationRow> manifestations, IReadOnlyList<string> funders, DateTimeOffset now, CrossrefOptions options)
    {
        var timestamp = now.UtcDateTime.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        var records = manifestations.Where(m => m.Doi is not null).Select(m => Record(work, series, m, manifestations, funders, options));
        return new XDocument(
            new XDeclaration("1.0", "UTF-8", null),
            new XElement(Cr + "doi_batch",
                new XAttribute("version", "5.3.1"),
                new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
                new XAttribute(XNamespace.Xmlns + "rel", Rel),
                new XAttribute(XNamespace.Xmlns + "fr", Fr),
                new XAttribute(XNamespace.Xmlns + "ai", Ai),
                new XAttribute(XNamespace.Xmlns + "jats", Jats),
                new XAttribute(Xsi + "schemaLocation", "http://www.crossref.org/schema/5.3.1 https://www.crossref.org/schemas/crossref5.3.1.xsd"),
                new XElement(Cr + "head",
                    new XElement(Cr + "doi_batch_id", $"{work.PublicationCode.Replace('/', '-')}-{timestamp}"),
                    new XElement(Cr + "timestamp", timestamp),
                    new XElement(Cr + "depositor", new XElement(Cr + "depositor_name", options.DepositorName), new XElement(Cr + "email_address", options.DepositorEmail)),
                    new XElement(Cr + "registrant", options.DepositorName)),
                new XElement(Cr + "body", records)));
    }

    private static XElement Record(WorkRow work, SeriesRow? series, ManifestationRow version, IReadOnlyList<ManifestationRow> all, IReadOnlyList<string> funders, CrossrefOptions options)
    {
        var isBook = work.Type is WorkType.Book or WorkType.Glossary;
        var (title, _) = work.TitleIn(version.Language);
        var subtitle = work.Subtitle?.In(version.Language);
        var language = new XAttribute("language", version.Language);
        var seriesMetadata = series?.Issn is null ? null : new XElement(Cr + "series_metadata",
            new XElement(Cr + "titles", new XElement(Cr + "title", series.Name.In(version.Language) ?? series.Name.En ?? series.Code)),
            new XElement(Cr + "issn", series.Issn));
        var described = new object?[]
        {
            Contributors(work.ContributorList, options),
            new XElement(Cr + "titles", new XElement(Cr + "title", title), subtitle is null ? null : new XElement(Cr + "subtitle", subtitle)),
            Abstracts(work),
            PublicationDate(work),
            Isbn(version, isBook),
            new XElement(Cr + "publisher", new XElement(Cr + "publisher_name", options.DepositorName), new XElement(Cr + "publisher_place", "Geneva")),
            new XElement(Cr + "publisher_item", new XElement(Cr + "item_number", work.PublicationCode)),
        };
        var doi = new XElement(Cr + "doi_data",
            new XElement(Cr + "doi", version.Doi),
            new XElement(Cr + "resource", $"{options.ResourceBaseUrl}{Uri.EscapeDataString(work.PublicationCode)}/{version.Language}/{version.Format.ToText()}"));
        var relations = Relations(version, all);

        // crossref5.3.1.xsd orders by content type: FundRef, access indicators and relations before doi_data in books and
        // reports; a report in a series has no FundRef or access indicators, and its relations come after doi_data.
        if (isBook)
        {
            var metadata = seriesMetadata is null
                ? new XElement(Cr + "book_metadata", language, described, Funders(funders), Licence(work.Licence), relations, doi)
                : new XElement(Cr + "book_series_metadata", language, seriesMetadata, described, Funders(funders), Licence(work.Licence), relations, doi);
            return new XElement(Cr + "book", new XAttribute("book_type", "monograph"), metadata);
        }

        return seriesMetadata is null
            ? new XElement(Cr + "report-paper", new XElement(Cr + "report-paper_metadata", language, described, Funders(funders), Licence(work.Licence), relations, doi))
            : new XElement(Cr + "report-paper", new XElement(Cr + "report-paper_series_metadata", language, seriesMetadata, described, doi, relations));
    }
}
