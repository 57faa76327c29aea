using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.GoverningBodies;

/// <summary>A session's document package: every issued language version as a list and as one zip, restricted ones only with the scope.</summary>
public sealed class DocumentPackageTests(string provider) : ApiTest(provider)
{
    [Test]
    public async Task TheSessionsPackage_ListsAndZipsTheIssuedFiles_RestrictedOnesOnlyWithTheScope()
    {
        var session = await Client.ScheduleSessionAsync(Unique());
        var prefix = session.Str("symbolPrefix");
        var general = await Client.RegisterDocumentAsync($"{prefix}/10", sessionId: session.Id());
        var restricted = await Client.RegisterDocumentAsync($"{prefix}/4", distribution: "restricted", sessionId: session.Id());
        var unissued = await Client.RegisterDocumentAsync($"{prefix}/11", sessionId: session.Id());
        var contents = new Dictionary<string, byte[]>();
        foreach (var (document, seed) in new[] { (general, 10), (restricted, 11), (unissued, 12) })
        {
            var bytes = DocumentFileRequests.PdfLike(5000 + seed, seed);
            contents[document.Str("symbol")] = bytes;
            await Client.UploadFileAsync($"{Http.GoverningBodies}/documents/{document.Id()}/languages/en/file", bytes);
        }

        foreach (var document in new[] { general, restricted })
        {
            await Client.EditAsync(document.Id());
            await Client.PostJsonAsync($"{Http.GoverningBodies}/documents/{document.Id()}/languages/en/issue", null).ExpectAsync(HttpStatusCode.OK);
        }

        var package = await Client.GetAsync($"{Http.GoverningBodies}/sessions/{session.Id()}/document-package").ExpectAsync(HttpStatusCode.OK);
        Assert.That(package["documents"]!.AsArray().Select(d => d!.Str("symbol")), Is.EqualTo(new[] { $"{prefix}/4", $"{prefix}/10" }), "by symbol, issued only");

        var withScope = await ZipAsync(Client, session.Id());
        Assert.That(withScope.Keys, Is.EquivalentTo(new[] { $"{prefix.Replace('/', '_')}_4-EN.pdf", $"{prefix.Replace('/', '_')}_10-EN.pdf", "index.csv" }));
        Assert.That(withScope[$"{prefix.Replace('/', '_')}_10-EN.pdf"], Is.EqualTo(contents[$"{prefix}/10"]));
        var (index, violation) = Rfc4180.Read(System.Text.Encoding.UTF8.GetString(withScope["index.csv"]));
        Assert.That(violation, Is.Null);
        Assert.That(index.Skip(1).Select(r => r[4]), Is.EquivalentTo(new[] { Sha(contents[$"{prefix}/4"]), Sha(contents[$"{prefix}/10"]) }));

        using var reader = ClientWith(["governing-bodies:read"], subject: "reader");
        var withoutScope = await ZipAsync(reader, session.Id());
        Assert.That(withoutScope.Keys, Is.EquivalentTo(new[] { $"{prefix.Replace('/', '_')}_10-EN.pdf", "index.csv" }));
    }

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static async Task<Dictionary<string, byte[]>> ZipAsync(HttpClient client, string sessionId)
    {
        using var response = await client.GetAsync($"{Http.GoverningBodies}/sessions/{sessionId}/document-package/zip");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/zip"));
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        var entries = new Dictionary<string, byte[]>();
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            entries[entry.FullName] = copy.ToArray();
        }

        return entries;
    }
}
