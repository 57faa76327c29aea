using System.Net;
using System.Xml.Linq;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.Research;

/// <summary>
/// A Crossref deposit of every kind of work the module holds (report, book, glossary; alone or in a series with an ISSN;
/// with and without an ISBN; in several languages and formats), each valid against the vendored Crossref 5.3.1 schema,
/// with the work's abstracts, licence, project funders and affiliations, and relations between every version.
/// </summary>
public sealed class CrossrefDepositKindsTests(string provider) : ApiTest(provider)
{
    private static readonly XNamespace Cr = "http://www.crossref.org/schema/5.3.1";
    private static readonly XNamespace Rel = "http://www.crossref.org/relations.xsd";
    private static readonly XNamespace Fr = "http://www.crossref.org/fundref.xsd";
    private static readonly XNamespace Ai = "http://www.crossref.org/AccessIndicators.xsd";
    private static readonly XNamespace Jats = "http://www.ncbi.nlm.nih.gov/JATS1";

    private HttpClient _research = null!;
    private string _projectId = null!;

    [OneTimeSetUp]
    public async Task CreateProjectAsync()
    {
        Clock.Set(new DateTimeOffset(2024, 5, 7, 9, 0, 0, TimeSpan.Zero));
        _research = ClientWith(TestTokens.ResearchAll);
        var project = await _research.PostJsonAsync($"{ResearchApi.Root}/projects", new
        {
            title = new { en = "Climate mobility in the Sahel" }, lead = "M. McAuliffe", funders = new[] { "Government of Switzerland", "European Union" },
            startDate = "2024-01-01", endDate = "2025-12-31", ethicsReviewRequired = false,
        }).ExpectAsync(HttpStatusCode.Created);
        _projectId = project.Id();
    }

    [OneTimeTearDown]
    public void DisposeClient() => _research.Dispose();

    [TestCase("report", false, "report-paper_metadata", true)]
    [TestCase("report", true, "report-paper_series_metadata", true)]
    [TestCase("book", false, "book_metadata", true)]
    [TestCase("book", false, "book_metadata", false)]
    [TestCase("book", true, "book_series_metadata", false)]
    [TestCase("glossary", false, "book_metadata", false)]
    public async Task EveryKindOfWork_IsASchemaValidDeposit_WithItsVersionsRelated(string type, bool inSeries, string metadataElement, bool withIsbn)
    {
        var n = Unique();
        var code = $"PUB2024/{n:000}/K";
        var work = await _research.PublishedWorkAsync(ResearchApi.WorkBody(code, "none", seriesId: inSeries ? ResearchApi.MigrationResearchSeries : null,
            seriesNumber: inSeries ? $"{n}" : null, type: type, projectId: _projectId));
        var pdf = await _research.AddManifestationAsync(work.Id(), "en", "pdf", isbn: withIsbn ? Isbn13($"978929068{n % 1000:000}") : null, doi: $"10.18356/k-en-{n}");
        var epub = await _research.AddManifestationAsync(work.Id(), "en", "epub", doi: $"10.18356/k-en-epub-{n}");
        var french = await _research.AddManifestationAsync(work.Id(), "fr", doi: $"10.18356/k-fr-{n}", translationOf: pdf.Id());

        using var response = await _research.GetAsync($"{ResearchApi.Root}/works/{work.Id()}/crossref");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(CrossrefSchema.Violations(xml), Is.Empty, "valid against the vendored Crossref 5.3.1 schema");

        var records = xml.Descendants(Cr + metadataElement).ToDictionary(r => r.Element(Cr + "doi_data")!.Element(Cr + "doi")!.Value);
        static IEnumerable<string> Relations(XElement record) =>
            record.Descendants(Rel + "intra_work_relation").Select(r => $"{r.Attribute("relationship-type")!.Value} {r.Value}");
        var english = records[pdf.Str("doi")];
        Assert.Multiple(() =>
        {
            Assert.That(records.Keys, Is.EquivalentTo(new[] { pdf.Str("doi"), epub.Str("doi"), french.Str("doi") }), "one record per language and format version");
            Assert.That(Relations(english), Is.EquivalentTo(new[] { $"hasTranslation {french.Str("doi")}", $"hasFormat {epub.Str("doi")}" }));
            Assert.That(Relations(records[epub.Str("doi")]), Is.EqualTo(new[] { $"isFormatOf {pdf.Str("doi")}" }), "the EPUB's DOI is related to the PDF's");
            Assert.That(Relations(records[french.Str("doi")]), Is.EqualTo(new[] { $"isTranslationOf {pdf.Str("doi")}" }));
            Assert.That(english.Elements(Jats + "abstract").Select(a => a.Attribute(XNamespace.Xml + "lang")!.Value), Is.EqualTo(new[] { "en", "fr" }));
            Assert.That(english.Descendants(Cr + "institution_name").Select(i => i.Value), Is.EqualTo(new[] { "African Migration and Development Policy Centre" }));
            Assert.That(english.Element(Cr + "isbn") is not null, Is.EqualTo(withIsbn));
            Assert.That(english.Element(Cr + "noisbn") is not null, Is.EqualTo(!withIsbn && type != "report"), "a book without an ISBN says so");
        });

        // Crossref 5.3.1 gives a report in a series no place for funders or a licence; every other kind carries both.
        var carriesFunding = metadataElement != "report-paper_series_metadata";
        Assert.Multiple(() =>
        {
            Assert.That(english.Descendants(Fr + "assertion").Where(a => a.Attribute("name")!.Value == "funder_name").Select(a => a.Value),
                carriesFunding ? Is.EqualTo(new[] { "Government of Switzerland", "European Union" }) : Is.Empty);
            Assert.That(english.Descendants(Ai + "license_ref").Select(l => l.Value),
                carriesFunding ? Is.EqualTo(new[] { "https://creativecommons.org/licenses/by-nc-nd/3.0/igo/" }) : Is.Empty);
        });
    }

    [Test]
    public async Task AnUnknownProject_IsRefused_AndAProjectAWorkNames_IsNotRemoved()
    {
        await _research.PostJsonAsync($"{ResearchApi.Root}/works", ResearchApi.WorkBody($"PUB2024/{Unique():000}/P", projectId: Guid.NewGuid().ToString()))
            .ExpectFieldErrorsAsync("projectId");
        var project = await _research.PostJsonAsync($"{ResearchApi.Root}/projects", new { title = new { en = "Named" }, lead = "L", ethicsReviewRequired = false })
            .ExpectAsync(HttpStatusCode.Created);
        await _research.PostJsonAsync($"{ResearchApi.Root}/works", ResearchApi.WorkBody($"PUB2024/{Unique():000}/P", projectId: project.Id())).ExpectAsync(HttpStatusCode.Created);
        var refused = await _research.DeleteAsync($"{ResearchApi.Root}/projects/{project.Id()}", "*").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(refused.Str("detail"), Does.Contain("work"));
        var twoInEnglish = new[] { new { language = "en", text = "a" }, new { language = "EN", text = "b" } };
        await _research.PostJsonAsync($"{ResearchApi.Root}/works", new { publicationCode = $"PUB2024/{Unique():000}/P", type = "report", title = new { en = "t" }, originalLanguage = "en", abstracts = twoInEnglish })
            .ExpectFieldErrorsAsync("abstracts");
    }

    // The 13th digit of an ISBN-13 from its first twelve.
    private static string Isbn13(string twelve)
    {
        var sum = twelve.Select((c, i) => (c - '0') * (i % 2 == 0 ? 1 : 3)).Sum();
        return twelve + ((10 - (sum % 10)) % 10).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
