using System.Net;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.Security;

/// <summary>A restricted document does not exist for a caller without governing-bodies:restricted, whatever the read path.</summary>
public sealed class RestrictedDocumentsTests(string provider) : ApiTest(provider)
{
    private HttpClient _reader = null!;
    private string _sessionId = null!;
    private string _itemId = null!;
    private string _restrictedId = null!;
    private string _jobId = null!;
    private int _number;

    [OneTimeSetUp]
    public async Task SeedAsync()
    {
        _reader = ClientWith(["governing-bodies:read", "governing-bodies:write"], subject: "reader");
        _number = Unique();
        var session = await Client.ScheduleSessionAsync(_number);
        _sessionId = session.Id();
        _itemId = (await Client.AddAgendaItemAsync(_sessionId, "3")).Id();
        await Client.RegisterDocumentAsync($"C/{_number}/1", agendaItemIds: [_itemId]);
        _restrictedId = (await Client.RegisterEditedDocumentAsync($"C/{_number}/4", distribution: "restricted", agendaItemIds: [_itemId])).Id();
        _jobId = (await Client.PostJsonAsync($"{Http.GoverningBodies}/documents/{_restrictedId}/translation-jobs", new { targetLanguage = "fr", dueOn = "2030-01-01" })
            .ExpectAsync(HttpStatusCode.Created)).Id();
    }

    [OneTimeTearDown]
    public void DisposeReader() => _reader.Dispose();

    [Test]
    public async Task WithTheScope_EverythingIsThere()
    {
        await Client.GetAsync($"{Http.GoverningBodies}/documents/{_restrictedId}").ExpectAsync(HttpStatusCode.OK);
        var list = await Client.GetAsync($"{Http.GoverningBodies}/documents?sessionId={_sessionId}").ExpectAsync(HttpStatusCode.OK);
        Assert.That(list["items"]!.AsArray(), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task ById_BySymbol_History_AndItsTranslationJob_Are404()
    {
        await _reader.GetAsync($"{Http.GoverningBodies}/documents/{_restrictedId}").ExpectProblemAsync(HttpStatusCode.NotFound);
        await _reader.GetAsync($"{Http.GoverningBodies}/documents/by-symbol?symbol=C/{_number}/4").ExpectProblemAsync(HttpStatusCode.NotFound);
        await _reader.GetAsync($"{Http.GoverningBodies}/documents/{_restrictedId}/history").ExpectProblemAsync(HttpStatusCode.NotFound);
        await _reader.GetAsync($"{Http.GoverningBodies}/translation-jobs/{_jobId}").ExpectProblemAsync(HttpStatusCode.NotFound);
        await _reader.PostJsonAsync($"{Http.GoverningBodies}/translation-jobs/{_jobId}/start", null).ExpectProblemAsync(HttpStatusCode.NotFound);
        await _reader.PostJsonAsync($"{Http.GoverningBodies}/documents/{_restrictedId}/translation-jobs", new { targetLanguage = "es", dueOn = "2030-01-01" })
            .ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ListsSearchesAndCounts_LeaveItOut()
    {
        var bySession = await _reader.GetAsync($"{Http.GoverningBodies}/documents?sessionId={_sessionId}").ExpectAsync(HttpStatusCode.OK);
        var byPrefix = await _reader.GetAsync($"{Http.GoverningBodies}/documents?symbolPrefix=C/{_number}/&distribution=restricted").ExpectAsync(HttpStatusCode.OK);
        var item = await _reader.GetAsync($"{Http.GoverningBodies}/agenda-items/{_itemId}").ExpectAsync(HttpStatusCode.OK);
        var readiness = await _reader.GetAsync($"{Http.GoverningBodies}/sessions/{_sessionId}/documentation-readiness").ExpectAsync(HttpStatusCode.OK);
        var backlog = await _reader.GetAsync($"{Http.GoverningBodies}/translation-jobs/backlog?limit=200").ExpectAsync(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(bySession["items"]!.AsArray().Select(d => d!.Str("symbol")), Is.EqualTo(new[] { $"C/{_number}/1" }));
            Assert.That(byPrefix["items"]!.AsArray(), Is.Empty);
            Assert.That(item["documents"]!.AsArray().Select(d => d!.Str("symbol")), Is.EqualTo(new[] { $"C/{_number}/1" }));
            Assert.That(readiness["documents"]!.AsArray().Select(d => d!.Str("symbol")), Is.EqualTo(new[] { $"C/{_number}/1" }));
            Assert.That((int)readiness["documentsReady"]!, Is.EqualTo(0));
            Assert.That(backlog["items"]!.AsArray().Select(j => j!.Id()), Does.Not.Contain(_jobId));
            Assert.That(backlog.ToJsonString(), Does.Not.Contain($"C/{_number}/4"));
        });
    }

    [Test]
    public async Task RegisteringARestrictedDocument_NeedsTheScope()
    {
        var problem = await _reader.PostJsonAsync($"{Http.GoverningBodies}/documents",
                new { symbol = $"C/{_number}/5", type = "report", distribution = "restricted", originalLanguage = "en", title = new { en = "t" } })
            .ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.That(problem.Str("detail"), Does.Contain("governing-bodies:restricted"));
    }

    [TestCase("Rev.1")]
    [TestCase("Corr.1")]
    [TestCase("Add.1")]
    public async Task ContinuingARestrictedDocument_NeedsTheScope_SoNoPublicRevisionShadowsIt(string modifier)
    {
        var symbol = $"C/{_number}/4/{modifier}";
        var problem = await _reader.PostJsonAsync($"{Http.GoverningBodies}/documents",
                new { symbol, type = "report", distribution = "general", originalLanguage = "en", title = new { en = "Attacker's revision" } })
            .ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.That(problem.Str("detail"), Does.Contain("continues a restricted document"));
        var latest = await Client.GetAsync($"{Http.GoverningBodies}/documents/by-symbol?symbol=C/{_number}/4").ExpectAsync(HttpStatusCode.OK);
        Assert.That(latest.Str("symbol"), Is.EqualTo($"C/{_number}/4"), "nothing was registered in front of it");
    }

    [Test]
    public async Task AContinuationOfARestrictedDocument_InheritsItsDistribution()
    {
        // A chain of its own: the other tests count this fixture's documents of session C/{_number}.
        var other = Unique();
        await Client.RegisterDocumentAsync($"C/{other}/6", distribution: "restricted");
        var revision = await Client.RegisterDocumentAsync($"C/{other}/6/Rev.1", distribution: "general");
        Assert.That(revision.Str("distribution"), Is.EqualTo("restricted"));
        await _reader.GetAsync($"{Http.GoverningBodies}/documents/by-symbol?symbol=C/{other}/6").ExpectProblemAsync(HttpStatusCode.NotFound);
        await _reader.GetAsync($"{Http.GoverningBodies}/documents/{revision.Id()}").ExpectProblemAsync(HttpStatusCode.NotFound);
    }
}
