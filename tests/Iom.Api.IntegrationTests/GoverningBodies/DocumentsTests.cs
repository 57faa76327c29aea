using System.Net;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.GoverningBodies;

public sealed class DocumentsTests(string provider) : ApiTest(provider)
{
    private const string Documents = Http.GoverningBodies + "/documents";

    [Test]
    public async Task Register_NormalisesTheSymbol_LinksTheSession_AndOpensLanguageVersions()
    {
        var number = Unique();
        var session = await Client.ScheduleSessionAsync(number);
        var document = await Client.RegisterDocumentAsync($" c/{number}/2 ", originalLanguage: "fr");
        Assert.Multiple(() =>
        {
            Assert.That(document.Str("symbol"), Is.EqualTo($"C/{number}/2"));
            Assert.That(document.Str("sessionId"), Is.EqualTo(session.Id()), "the C/n prefix finds its session");
            var languages = document["languages"]!.AsArray().ToDictionary(l => l!.Str("language"), l => l!.Str("status"));
            Assert.That(languages, Is.EqualTo(new Dictionary<string, string> { ["en"] = "requested", ["es"] = "requested", ["fr"] = "requested" }), "a draft's original is still awaited from its author");
            Assert.That(document.Str("status"), Is.EqualTo("draft"));
            Assert.That(document["jobNumber"], Is.Null, "a job number is given at submission");
        });
    }

    [Test]
    public async Task Register_LinksAgendaItems_WhichListTheDocument()
    {
        var number = Unique();
        var session = await Client.ScheduleSessionAsync(number);
        var item = await Client.AddAgendaItemAsync(session.Id(), "3");
        var document = await Client.RegisterDocumentAsync($"C/{number}/4", agendaItemIds: [item.Id()]);
        var fetched = await Client.GetAsync($"{Http.GoverningBodies}/agenda-items/{item.Id()}").ExpectAsync(HttpStatusCode.OK);
        Assert.That(fetched["documents"]!.AsArray().Select(d => d!.Str("symbol")), Is.EqualTo(new[] { $"C/{number}/4" }));
        Assert.That(document["agendaItemIds"]!.AsArray().Select(a => a!.GetValue<string>()), Is.EqualTo(new[] { item.Id() }));
    }

    [Test]
    public async Task Register_WithAnotherSessionsAgendaItem_Is400AndWritesNothing()
    {
        var other = await Client.ScheduleSessionAsync(Unique());
        var item = await Client.AddAgendaItemAsync(other.Id(), "1");
        var number = Unique();
        await Client.ScheduleSessionAsync(number);
        await Client.PostJsonAsync(Documents, new { symbol = $"C/{number}/1", type = "report", distribution = "general", originalLanguage = "en", title = new { en = "t" }, agendaItemIds = new[] { item.Id() } })
            .ExpectFieldErrorsAsync("agendaItemIds");
        await Client.GetAsync($"{Documents}/by-symbol?symbol=C/{number}/1").ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Register_TheSameSymbolInAnyCase_Is409()
    {
        var number = Unique();
        await Client.RegisterDocumentAsync($"S/{number}/1");
        var problem = await Client.PostJsonAsync(Documents, new { symbol = $"s/{number}/1", type = "report", distribution = "general", originalLanguage = "en", title = new { en = "t" } })
            .ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Str("code"), Is.EqualTo("duplicate"));
    }

    [TestCase("X/115/4")]
    [TestCase("C/115")]
    [TestCase("C/115/4/Corr.1/Rev.1")]
    public async Task Register_InvalidSymbol_Is400OnSymbol(string symbol) =>
        await Client.PostJsonAsync(Documents, new { symbol, type = "report", distribution = "general", originalLanguage = "en", title = new { en = "t" } })
            .ExpectFieldErrorsAsync("symbol");

    [Test]
    public async Task Register_Validation_NamesEveryBadField() =>
        await Client.PostJsonAsync(Documents, new { symbol = "C/1/1", originalLanguage = "klingon", title = new { }, languages = new[] { "zz" } })
            .ExpectFieldErrorsAsync("type", "distribution", "originalLanguage", "title", "languages[0]");

    [Test]
    public async Task Register_ACorrigendumOfAnUnregisteredDocument_Is400() =>
        await Client.PostJsonAsync(Documents, new { symbol = $"C/{Unique()}/4/Corr.1", type = "report", distribution = "general", originalLanguage = "en", title = new { en = "t" } })
            .ExpectFieldErrorsAsync("symbol");

    [Test]
    public async Task BySymbol_ResolvesTheRevisionChain_AndItsCorrigenda()
    {
        var n = Unique();
        await Client.RegisterDocumentAsync($"C/{n}/4", distribution: "restricted");
        await Client.RegisterDocumentAsync($"C/{n}/4/Rev.1", distribution: "restricted");
        await Client.RegisterDocumentAsync($"C/{n}/4/Rev.2", distribution: "restricted");
        await Client.RegisterDocumentAsync($"C/{n}/4/Rev.2/Corr.1", originalLanguage: "fr", distribution: "restricted");
        await Client.RegisterDocumentAsync($"C/{n}/4/Add.1");

        var latest = await Client.GetAsync($"{Documents}/by-symbol?symbol=c/{n}/4").ExpectAsync(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(latest.Str("symbol"), Is.EqualTo($"C/{n}/4/Rev.2"));
            Assert.That(latest["supersedes"]!.AsArray().Select(s => s!.GetValue<string>()), Is.EqualTo(new[] { $"C/{n}/4/Rev.1", $"C/{n}/4" }));
            Assert.That(latest["supersededBy"], Is.Null);
            var corrigendum = latest["corrigenda"]!.AsArray().Single()!;
            Assert.That(corrigendum.Str("symbol"), Is.EqualTo($"C/{n}/4/Rev.2/Corr.1"));
            Assert.That(corrigendum["languages"]!.AsArray().Select(l => l!.GetValue<string>()), Is.EqualTo(new[] { "fr" }), "a corrigendum may cover one language only");
        });

        var exact = await Client.GetAsync($"{Documents}/by-symbol?symbol=C/{n}/4/Rev.1&latest=false").ExpectAsync(HttpStatusCode.OK);
        Assert.That(exact.Str("symbol"), Is.EqualTo($"C/{n}/4/Rev.1"));
        Assert.That(exact.Str("supersededBy"), Is.EqualTo($"C/{n}/4/Rev.2"));

        var corr = await Client.GetAsync($"{Documents}/by-symbol?symbol=C/{n}/4/Rev.2/Corr.1").ExpectAsync(HttpStatusCode.OK);
        Assert.That(corr.Str("corrects"), Is.EqualTo($"C/{n}/4/Rev.2"));

        var addendum = await Client.GetAsync($"{Documents}/by-symbol?symbol=C/{n}/4/Add.1").ExpectAsync(HttpStatusCode.OK);
        Assert.That(addendum["supersedes"]!.AsArray(), Is.Empty, "an addendum is a document of its own, not a revision");
    }

    [Test]
    public async Task BySymbol_Unknown_Is404_AndInvalid_Is400()
    {
        await Client.GetAsync($"{Documents}/by-symbol?symbol=C/{Unique()}/99").ExpectProblemAsync(HttpStatusCode.NotFound);
        await Client.GetAsync($"{Documents}/by-symbol?symbol=Z/1").ExpectFieldErrorsAsync("symbol");
    }

    [Test]
    public async Task Get_UnknownId_Is404() =>
        await Client.GetAsync($"{Documents}/{Guid.NewGuid()}").ExpectProblemAsync(HttpStatusCode.NotFound);

    [Test]
    public async Task Search_ByPrefixTypeDistributionLanguageAndSession()
    {
        var n = Unique();
        var session = await Client.ScheduleSessionAsync(n);
        await Client.RegisterDocumentAsync($"C/{n}/1", type: "provisionalAgenda");
        await Client.RegisterDocumentAsync($"C/{n}/L/1", type: "draftReport", distribution: "limited");
        await Client.RegisterDocumentAsync($"C/{n}/9", languages: ["en", "fr", "es", "ar"]);
        await Client.RegisterDocumentAsync($"C/{n}/INF/1", type: "informationNote", languages: []);
        await Client.RegisterDocumentAsync($"C/{n}/10", languages: ["en"]);

        async Task<string[]> Symbols(string query) =>
            (await Client.GetAsync($"{Documents}?{query}").ExpectAsync(HttpStatusCode.OK))["items"]!.AsArray().Select(d => d!.Str("symbol")).ToArray();

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await Symbols($"symbolPrefix=C/{n}/"), Is.EqualTo(new[] { $"C/{n}/1", $"C/{n}/9", $"C/{n}/10", $"C/{n}/INF/1", $"C/{n}/L/1" }), "by number: 9 before 10");
            Assert.That(await Symbols($"symbolPrefix=C/{n}/&sort=-symbol"), Is.EqualTo(new[] { $"C/{n}/L/1", $"C/{n}/INF/1", $"C/{n}/10", $"C/{n}/9", $"C/{n}/1" }));
            Assert.That(await Symbols($"symbolPrefix=C/{n}/&limit=2&sort=symbol"), Is.EqualTo(new[] { $"C/{n}/1", $"C/{n}/9" }));
            Assert.That(await Symbols($"symbolPrefix=C/{n}/1"), Is.EqualTo(new[] { $"C/{n}/1" }), "whole components: C/n/1 is not C/n/10");
            Assert.That(await Symbols($"symbolPrefix=C/{n}/L"), Is.EqualTo(new[] { $"C/{n}/L/1" }));
            Assert.That(await Symbols($"sessionId={session.Id()}&type=provisionalAgenda"), Is.EqualTo(new[] { $"C/{n}/1" }));
            Assert.That(await Symbols($"sessionId={session.Id()}&distribution=limited"), Is.EqualTo(new[] { $"C/{n}/L/1" }));
            Assert.That(await Symbols($"sessionId={session.Id()}&language=AR"), Is.EqualTo(new[] { $"C/{n}/9" }), "languages in any case");
            Assert.That(await Symbols($"sessionId={session.Id()}&language=es"), Is.EqualTo(new[] { $"C/{n}/1", $"C/{n}/9", $"C/{n}/L/1" }));
            Assert.That(await Symbols($"sessionId={session.Id()}&language=en"), Does.Contain($"C/{n}/10"));
        });
    }

    [Test]
    public async Task Search_PrefixIsMatchedLiterally_NotAsAPattern()
    {
        await Client.RegisterDocumentAsync($"S/{Unique()}/1");
        var page = await Client.GetAsync($"{Documents}?symbolPrefix=%25").ExpectAsync(HttpStatusCode.OK);
        Assert.That(page["items"]!.AsArray(), Is.Empty);
    }

    [TestCase("C/115/4/Rev.2", "C/115/4/Rev.2", 115, 4)]
    [TestCase("c/sp/7/l/1", "C/Sp/7/L/1", 7, 1)]
    [TestCase("MC/INF/293", "MC/INF/293", null, 293)]
    public async Task ParseSymbol_NormalisesAndTakesApart(string input, string symbol, int? session, int number)
    {
        var parsed = await Client.GetAsync($"{Http.GoverningBodies}/symbols/parse?symbol={Uri.EscapeDataString(input)}").ExpectAsync(HttpStatusCode.OK);
        Assert.That(parsed.Str("symbol"), Is.EqualTo(symbol));
        Assert.That((int?)parsed["session"], Is.EqualTo(session));
        Assert.That((int)parsed["number"]!, Is.EqualTo(number));
    }

    [Test]
    public async Task ParseSymbol_Invalid_Is400WithTheReason()
    {
        var problem = await Client.GetAsync($"{Http.GoverningBodies}/symbols/parse?symbol=C/115/4/Foo.1").ExpectFieldErrorsAsync("symbol");
        Assert.That(problem["errors"]!["symbol"]![0]!.GetValue<string>(), Does.Contain("Foo.1"));
    }
}
