using System.Net;
using System.Xml.Linq;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.Research;

/// <summary>Language versions with their ISBNs and DOIs, and what is built from them: Crossref deposits and citations.</summary>
public sealed class ManifestationsAndExportsTests(string provider) : ApiTest(provider)
{
    private static readonly XNamespace Cr = "http://www.crossref.org/schema/5.3.1";
    private static readonly XNamespace Rel = "http://www.crossref.org/relations.xsd";

    private HttpClient _research = null!;

    [OneTimeSetUp]
    public void CreateClient() => _research = ClientWith(TestTokens.ResearchAll);

    [OneTimeTearDown]
    public void DisposeClient() => _research.Dispose();

    [SetUp]
    public void ResetClock() => Clock.Set(new DateTimeOffset(2024, 5, 7, 9, 0, 0, TimeSpan.Zero));

    [Test]
    public async Task IsbnsAreCheckedAndUnique_AndATranslationNamesItsSource()
    {
        var work = await _research.CreateWorkAsync($"PUB2024/{Unique():000}/R");
        await _research.PostJsonAsync($"{ResearchApi.Root}/works/{work.Id()}/manifestations", new { language = "en", format = "pdf", isbn = "978-92-9068-675-1" })
            .ExpectFieldErrorsAsync("isbn");
        await _research.PostJsonAsync($"{ResearchApi.Root}/works/{work.Id()}/manifestations", new { language = "en", format = "pdf", doi = "doi-less" })
            .ExpectFieldErrorsAsync("doi");
        const string isbn = "978-92-9068-675-0";
        var english = await _research.AddManifestationAsync(work.Id(), "en", isbn: isbn);
        Assert.That(english.Str("isbn"), Is.EqualTo(isbn.Replace("-", string.Empty, StringComparison.Ordinal)));
        Assert.That(english.Str("translationStatus"), Is.EqualTo("notApplicable"));

        var other = await _research.CreateWorkAsync($"PUB2024/{Unique():000}/R");
        var taken = await _research.PostJsonAsync($"{ResearchApi.Root}/works/{other.Id()}/manifestations", new { language = "en", format = "pdf", isbn }).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(taken.Str("code"), Is.EqualTo("duplicate"));
        await _research.PostJsonAsync($"{ResearchApi.Root}/works/{work.Id()}/manifestations", new { language = "en", format = "pdf" }).ExpectProblemAsync(HttpStatusCode.Conflict);

        await _research.PostJsonAsync($"{ResearchApi.Root}/works/{work.Id()}/manifestations", new { language = "fr", format = "pdf" }).ExpectFieldErrorsAsync("translationOf");
        await _research.PostJsonAsync($"{ResearchApi.Root}/works/{work.Id()}/manifestations", new { language = "en", format = "epub", translationOf = english.Id() }).ExpectFieldErrorsAsync("translationOf");
        var french = await _research.AddManifestationAsync(work.Id(), "fr", translationOf: english.Id());
        Assert.That(french.Str("translationStatus"), Is.EqualTo("notRequested"));
        await _research.PostJsonAsync($"{ResearchApi.Root}/manifestations/{english.Id()}/approve-translation", new { dueOn = "2024-06-01" }).ExpectProblemAsync(HttpStatusCode.Conflict);
        await _research.PostJsonAsync($"{ResearchApi.Root}/manifestations/{french.Id()}/approve-translation", new { dueOn = "2024-01-01" }).ExpectFieldErrorsAsync("dueOn");

        var assigned = await _research.PostJsonAsync($"{ResearchApi.Root}/manifestations/{french.Id()}/assign-identifiers", new { doi = $"https://doi.org/10.18356/fr-{Unique()}" }).ExpectAsync(HttpStatusCode.OK);
        Assert.That(assigned.Str("doi"), Does.StartWith("10.18356/fr-"));
        var reassign = await _research.PostJsonAsync($"{ResearchApi.Root}/manifestations/{french.Id()}/assign-identifiers", new { doi = "10.18356/other" }).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(reassign.Str("code"), Is.EqualTo("identifier-assigned"));
        var listed = await _research.GetAsync($"{ResearchApi.Root}/works/{work.Id()}/manifestations").ExpectAsync(HttpStatusCode.OK);
        Assert.That(listed["items"]!.AsArray().Select(m => m!.Str("language")), Is.EqualTo(new[] { "en", "fr" }));
    }

    [Test]
    public async Task TheCrossrefDeposit_RegistersEachLanguageVersion_WithTranslationRelations()
    {
        var n = Unique();
        var work = await _research.PublishedWorkAsync($"PUB2024/{n:000}/XR");
        var english = await _research.AddManifestationAsync(work.Id(), "en", isbn: "9789290686767", doi: $"10.18356/en-{n}");
        var french = await _research.AddManifestationAsync(work.Id(), "fr", doi: $"10.18356/fr-{n}", translationOf: english.Id());
        var spanish = await _research.AddManifestationAsync(work.Id(), "es", doi: $"10.18356/es-{n}", translationOf: english.Id());
        _ = await _research.AddManifestationAsync(work.Id(), "ar", translationOf: english.Id());

        using var response = await _research.GetAsync($"{ResearchApi.Root}/works/{work.Id()}/crossref");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/xml"));
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(CrossrefSchema.Violations(xml), Is.Empty, "valid against the vendored Crossref 5.3.1 schema");
        var planted = new XDocument(xml);
        var metadata = planted.Descendants(Cr + "report-paper_metadata").First();
        var doiData = metadata.Element(Cr + "doi_data")!;
        doiData.Remove();
        metadata.AddFirst(doiData);
        Assert.That(CrossrefSchema.Violations(planted), Is.Not.Empty, "the schema catches doi_data out of its place");
        var records = xml.Root!.Element(Cr + "body")!.Elements(Cr + "report-paper").Select(r => r.Element(Cr + "report-paper_metadata")!).ToList();
        var byDoi = records.ToDictionary(r => r.Element(Cr + "doi_data")!.Element(Cr + "doi")!.Value);
        Assert.Multiple(() =>
        {
            Assert.That(xml.Root!.Attribute("version")!.Value, Is.EqualTo("5.3.1"));
            Assert.That(xml.Root.Element(Cr + "head")!.Element(Cr + "depositor")!.Element(Cr + "email_address")!.Value, Is.Not.Empty);
            Assert.That(byDoi.Keys, Is.EquivalentTo(new[] { english.Str("doi"), french.Str("doi"), spanish.Str("doi") }), "the Arabic version has no DOI yet");
            Assert.That(Relations(byDoi[english.Str("doi")]), Is.EquivalentTo(new[] { ("hasTranslation", french.Str("doi")), ("hasTranslation", spanish.Str("doi")) }));
            Assert.That(Relations(byDoi[french.Str("doi")]), Is.EqualTo(new[] { ("isTranslationOf", english.Str("doi")) }));
            Assert.That(Relations(byDoi[spanish.Str("doi")]), Is.EqualTo(new[] { ("isTranslationOf", english.Str("doi")) }));
            Assert.That(byDoi[french.Str("doi")].Attribute("language")!.Value, Is.EqualTo("fr"));
            Assert.That(byDoi[french.Str("doi")].Element(Cr + "titles")!.Element(Cr + "title")!.Value, Does.StartWith("Migration et climat"));
            Assert.That(byDoi[english.Str("doi")].Element(Cr + "isbn")!.Value, Is.EqualTo(english.Str("isbn")));
            var first = byDoi[english.Str("doi")].Element(Cr + "contributors")!.Elements(Cr + "person_name").First();
            Assert.That(first.Attribute("contributor_role")!.Value, Is.EqualTo("editor"));
            Assert.That(first.Element(Cr + "surname")!.Value, Is.EqualTo("McAuliffe"));
            Assert.That(first.Element(Cr + "ORCID")!.Value, Is.EqualTo("https://orcid.org/0000-0002-1825-0097"));
            Assert.That(byDoi[english.Str("doi")].Element(Cr + "publication_date")!.Element(Cr + "year")!.Value, Is.EqualTo("2024"));
        });
    }

    [Test]
    public async Task AWorkWithoutAnyDoi_CannotBeDeposited()
    {
        var work = await _research.CreateWorkAsync($"PUB2024/{Unique():000}/ND");
        var problem = await _research.GetAsync($"{ResearchApi.Root}/works/{work.Id()}/crossref").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Str("code"), Is.EqualTo("no-doi"));
        await _research.GetAsync($"{ResearchApi.Root}/works/{Guid.NewGuid()}/crossref").ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task AWorkNotYetPublished_IsNotDeposited_EvenWithADoi()
    {
        var n = Unique();
        var work = await _research.CreateWorkAsync($"PUB2024/{n:000}/NP");
        await _research.AddManifestationAsync(work.Id(), "en", doi: $"10.18356/np-{n}");
        var problem = await _research.GetAsync($"{ResearchApi.Root}/works/{work.Id()}/crossref").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Str("code"), Is.EqualTo("not-published"));
        Assert.That(problem.Str("detail"), Does.Contain("proposed"));
    }

    [TestCase("en", "McAuliffe, M. and L.A. Oucho (eds.), 2024. Migration and Climate {0}. International Organization for Migration (IOM), Geneva.")]
    [TestCase("fr", "McAuliffe, M. et L.A. Oucho (dir.), 2024. Migration et climat {0}. Organisation internationale pour les migrations (OIM), Genève.")]
    [TestCase("es", "McAuliffe, M. y L.A. Oucho (eds.), 2024. Migración y clima {0}. Organización Internacional para las Migraciones (OIM), Ginebra.")]
    public async Task TheCitation_IsGivenInEachOfficialLanguage(string language, string expected)
    {
        var code = $"PUB2024/{Unique():000}/CT";
        var work = await _research.PublishedWorkAsync(code);
        var citation = await _research.GetAsync($"{ResearchApi.Root}/works/{work.Id()}/citation?language={language}").ExpectAsync(HttpStatusCode.OK);
        Assert.That(citation.Str("text"), Is.EqualTo(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, code)));
        Assert.That(citation.Str("titleLanguage"), Is.EqualTo(language));
    }

    [Test]
    public async Task TheCitation_CitesTheDoiOfTheVersionInItsLanguage()
    {
        var n = Unique();
        var work = await _research.PublishedWorkAsync($"PUB2024/{n:000}/CD");
        var english = await _research.AddManifestationAsync(work.Id(), "en", doi: $"10.18356/c-en-{n}");
        await _research.AddManifestationAsync(work.Id(), "fr", doi: $"10.18356/c-fr-{n}", translationOf: english.Id());
        var french = await _research.GetAsync($"{ResearchApi.Root}/works/{work.Id()}/citation?language=fr").ExpectAsync(HttpStatusCode.OK);
        var spanish = await _research.GetAsync($"{ResearchApi.Root}/works/{work.Id()}/citation?language=es").ExpectAsync(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(french.Str("text"), Does.EndWith($"https://doi.org/10.18356/c-fr-{n}"));
            Assert.That(spanish.Str("doi"), Is.EqualTo($"10.18356/c-en-{n}"), "no Spanish version: the original's DOI");
        });
        await _research.GetAsync($"{ResearchApi.Root}/works/{work.Id()}/citation?language=de").ExpectFieldErrorsAsync("language");
    }

    private static IEnumerable<(string, string)> Relations(XElement record) =>
        record.Element(Rel + "program")?.Elements(Rel + "related_item").Select(i => i.Element(Rel + "intra_work_relation")!)
            .Select(r => (r.Attribute("relationship-type")!.Value, r.Value)) ?? [];
}
