using System.Net;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.GoverningBodies;

/// <summary>The Secretariat corrects a document's title before it is issued, and derestricts documents as their rules allow.</summary>
public sealed class DocumentCorrectionsTests(string provider) : ApiTest(provider)
{
    private const string Documents = $"{Http.GoverningBodies}/documents";

    [Test]
    public async Task ATitle_IsCorrectedUntilALanguageVersionIsIssued()
    {
        var number = Unique();
        await Client.ScheduleSessionAsync(number);
        var document = await Client.RegisterEditedDocumentAsync($"C/{number}/1");
        var url = $"{Documents}/{document.Id()}";
        var patched = await Client.PatchJsonAsync(url, """{"title":{"en":"Report of the Director General","fr":"Rapport du Directeur général"}}""", $"\"{document["version"]}\"")
            .ExpectAsync(HttpStatusCode.OK);
        Assert.That(patched["title"]!.Str("fr"), Is.EqualTo("Rapport du Directeur général"));
        await Client.PatchJsonAsync(url, """{"symbol":"C/1/1"}""").ExpectFieldErrorsAsync("symbol");
        await Client.PatchJsonAsync(url, """{"distribution":"restricted"}""").ExpectFieldErrorsAsync("distribution");

        await Client.PostJsonAsync($"{url}/languages/en/issue", null).ExpectAsync(HttpStatusCode.OK);
        var issued = await Client.PatchJsonAsync(url, """{"title":{"en":"Other"}}""").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(issued.Str("detail"), Does.Contain($"C/{number}/1/Corr.1"));
    }

    [Test]
    public async Task ARestrictedDocument_IsDerestrictedStepByStep_ByCallersWithTheRestrictedScope()
    {
        var number = Unique();
        await Client.ScheduleSessionAsync(number);
        var document = await Client.RegisterDocumentAsync($"C/{number}/2", distribution: "restricted");
        var url = $"{Documents}/{document.Id()}";
        using var writer = ClientWith(["governing-bodies:read", "governing-bodies:write"], subject: "writer");
        await writer.PostJsonAsync($"{url}/derestrict", new { distribution = "general" }).ExpectProblemAsync(HttpStatusCode.NotFound);
        await writer.GetAsync(url).ExpectProblemAsync(HttpStatusCode.NotFound);

        var limited = await Client.PostJsonAsync($"{url}/derestrict", new { distribution = "limited" }).ExpectAsync(HttpStatusCode.OK);
        Assert.That(limited.Str("distribution"), Is.EqualTo("limited"));
        await writer.GetAsync(url).ExpectAsync(HttpStatusCode.OK);
        var forbidden = await writer.PostJsonAsync($"{url}/derestrict", new { distribution = "general" }).ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.That(forbidden.Str("detail"), Does.Contain("governing-bodies:restricted"));
        var upward = await Client.PostJsonAsync($"{url}/derestrict", new { distribution = "limited" }).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(upward.Str("code"), Is.EqualTo("not-a-derestriction"));
        await Client.PostJsonAsync($"{url}/derestrict", new { distribution = "restricted" }).ExpectFieldErrorsAsync("distribution");

        var history = await Client.GetAsync($"{url}/history").ExpectAsync(HttpStatusCode.OK);
        var derestriction = history["items"]!.AsArray().Last()!;
        Assert.That(derestriction.Str("action"), Is.EqualTo("derestrict"));
        Assert.That(derestriction["changes"]!.AsArray().Single(c => c!.Str("field") == "distribution")!["old"]!.GetValue<string>(), Is.EqualTo("restricted"));
    }
}
