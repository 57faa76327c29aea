using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.GoverningBodies;

/// <summary>
/// The file of each language version: uploaded and downloaded as streams with their SHA-256, restricted documents' files
/// only for the restricted scope, final once issued.
/// </summary>
public sealed class DocumentFilesTests(string provider) : ApiTest(provider)
{
    private const string Pdf = "application/pdf";
    private const int MaxBytes = 25 * 1024 * 1024;

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["GoverningBodies:Files:MaxBytes"] = MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Test]
    public async Task AFile_IsUploadedAndDownloaded_WithItsChecksum()
    {
        var document = await Client.RegisterDocumentAsync($"C/{Unique()}/4");
        var bytes = DocumentFileRequests.PdfLike(300_000, seed: 1);
        var url = $"{Http.GoverningBodies}/documents/{document.Id()}/languages/en/file";
        var uploaded = await Client.UploadFileAsync(url, bytes, "?pages=12&words=4810");
        var file = uploaded["languages"]!.AsArray().Single(l => l!.Str("language") == "en")!["file"]!;
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Assert.Multiple(() =>
        {
            Assert.That(file.Str("sha256"), Is.EqualTo(sha));
            Assert.That((long)file["size"]!, Is.EqualTo(bytes.Length));
            Assert.That((int)file["pages"]!, Is.EqualTo(12));
            Assert.That(file.Str("fileName"), Is.EqualTo($"{document.Str("symbol").Replace('/', '_')}-EN.pdf"));
        });

        using var download = await Client.GetAsync(url);
        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.Multiple(async () =>
        {
            Assert.That(await download.Content.ReadAsByteArrayAsync(), Is.EqualTo(bytes));
            Assert.That(download.Content.Headers.ContentType?.MediaType, Is.EqualTo(Pdf));
            Assert.That(download.Headers.ETag?.Tag, Is.EqualTo($"\"{sha}\""));
            Assert.That(download.Headers.GetValues("Repr-Digest").Single(), Is.EqualTo($"sha-256=:{Convert.ToBase64String(SHA256.HashData(bytes))}:"));
        });

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{sha}\""));
        Assert.That((await Client.SendAsync(again)).StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
    }

    [Test]
    public async Task ARestrictedDocumentsFile_IsServedOnlyWithTheRestrictedScope()
    {
        var document = await Client.RegisterDocumentAsync($"C/{Unique()}/4/Rev.2", distribution: "restricted");
        var url = $"{Http.GoverningBodies}/documents/{document.Id()}/languages/en/file";
        await Client.UploadFileAsync(url, DocumentFileRequests.PdfLike(10_000, seed: 2));
        using var reader = ClientWith(["governing-bodies:read", "governing-bodies:write"], subject: "reader");
        await reader.GetAsync(url).ExpectProblemAsync(HttpStatusCode.NotFound);
        await reader.SendAsync(DocumentFileRequests.Put(url, DocumentFileRequests.PdfLike(10, seed: 3))).ExpectProblemAsync(HttpStatusCode.NotFound);
        using var restricted = await Client.GetAsync(url);
        Assert.That(restricted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task TwentyMegabytes_StreamThroughWithoutTheHostHoldingThem()
    {
        var document = await Client.RegisterDocumentAsync($"C/{Unique()}/9");
        var url = $"{Http.GoverningBodies}/documents/{document.Id()}/languages/en/file";
        const long size = 20L * 1024 * 1024;
        await Client.UploadFileAsync(url, DocumentFileRequests.PdfLike(1024, seed: 4));

        var before = GC.GetTotalAllocatedBytes(precise: true);
        using (var upload = new HttpRequestMessage(HttpMethod.Put, url) { Content = new GeneratedContent(size) })
        {
            upload.Content.Headers.ContentType = new MediaTypeHeaderValue(Pdf);
            (await Client.SendAsync(upload)).EnsureSuccessStatusCode();
        }

        long received;
        string sha;
        using (var download = await Client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead))
        await using (var body = await download.Content.ReadAsStreamAsync())
        {
            (received, sha) = await DrainAsync(body);
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        TestContext.Out.WriteLine($"allocated {allocated / 1024} KiB to upload and download {size / 1024} KiB");
        Assert.Multiple(() =>
        {
            Assert.That(received, Is.EqualTo(size));
            Assert.That(sha, Is.EqualTo(GeneratedContent.Sha256(size)));
            Assert.That(allocated, Is.LessThan(size / 2), $"{allocated / 1024 / 1024} MB allocated to move {size / 1024 / 1024} MB up and down");
        });
    }

    [Test]
    public async Task BadUploads_AreRefused_AndLeaveNothingBehind()
    {
        var document = await Client.RegisterDocumentAsync($"C/{Unique()}/5");
        var url = $"{Http.GoverningBodies}/documents/{document.Id()}/languages/en/file";
        using (var text = new HttpRequestMessage(HttpMethod.Put, url) { Content = new StringContent("plain text") })
        {
            await Client.SendAsync(text).ExpectProblemAsync(HttpStatusCode.UnsupportedMediaType);
        }

        using (var huge = new HttpRequestMessage(HttpMethod.Put, url) { Content = new GeneratedContent(MaxBytes + 1) })
        {
            huge.Content.Headers.ContentType = new MediaTypeHeaderValue(Pdf);
            await Client.SendAsync(huge).ExpectProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        }

        await Client.SendAsync(DocumentFileRequests.Put($"{Http.GoverningBodies}/documents/{document.Id()}/languages/ar/file", DocumentFileRequests.PdfLike(10, 5))).ExpectProblemAsync(HttpStatusCode.NotFound);
        await Client.SendAsync(DocumentFileRequests.Put($"{url}?fileName=..%2Fescape.pdf", DocumentFileRequests.PdfLike(10, 5))).ExpectFieldErrorsAsync("fileName");
        await Client.SendAsync(DocumentFileRequests.Put(url, DocumentFileRequests.PdfLike(10, 5), ifMatch: "\"99\"")).ExpectProblemAsync(HttpStatusCode.PreconditionFailed);
        var unchanged = await Client.GetAsync($"{Http.GoverningBodies}/documents/{document.Id()}").ExpectAsync(HttpStatusCode.OK);
        Assert.That(unchanged["languages"]!.AsArray().All(l => l!["file"] is null), Is.True);
        Assert.That(StoredFiles(), Has.None.EndsWith(".partial"));
    }

    [Test]
    public async Task AnIssuedFile_IsFinal_ARemovedOneIsGone_AndTheDocumentKeepsItsFilesUntilRemoved()
    {
        var document = await Client.RegisterDocumentAsync($"C/{Unique()}/7");
        var url = $"{Http.GoverningBodies}/documents/{document.Id()}/languages/en/file";
        await Client.UploadFileAsync(url, DocumentFileRequests.PdfLike(1000, 6));
        await Client.EditAsync(document.Id());
        var referred = await Client.DeleteAsync($"{Http.GoverningBodies}/documents/{document.Id()}", "*").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(referred.Str("detail"), Does.Contain("1 file"));
        var files = StoredFiles().Count;
        using (var removed = await Client.DeleteAsync(url, "*"))
        {
            Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        Assert.That(StoredFiles(), Has.Count.EqualTo(files - 1));
        await Client.GetAsync(url).ExpectProblemAsync(HttpStatusCode.NotFound);
        await Client.UploadFileAsync(url, DocumentFileRequests.PdfLike(1000, 7));
        await Client.PostJsonAsync($"{Http.GoverningBodies}/documents/{document.Id()}/languages/en/issue", null).ExpectAsync(HttpStatusCode.OK);
        var final = await Client.SendAsync(DocumentFileRequests.Put(url, DocumentFileRequests.PdfLike(1000, 8))).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(final.Str("code"), Is.EqualTo("issued-file-final"));
        await Client.DeleteAsync(url, "*").ExpectProblemAsync(HttpStatusCode.Conflict);
    }

    private List<string> StoredFiles()
    {
        var root = Path.Combine(Factory.SqliteDirectory, "files");
        return Directory.Exists(root) ? Directory.GetFiles(root, "*", SearchOption.AllDirectories).ToList() : [];
    }

    private static async Task<(long Size, string Sha256)> DrainAsync(Stream body)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            total += read;
            hash.AppendData(buffer, 0, read);
        }

        return (total, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    /// <summary>A body of <paramref name="size"/> bytes written in 64 KiB chunks from one buffer: the test itself never holds the file.</summary>
    private sealed class GeneratedContent(long size) : HttpContent
    {
        private static readonly byte[] Chunk = Enumerable.Range(0, 1 << 16).Select(i => (byte)(i * 31 % 251)).ToArray();

        public static string Sha256(long size)
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            for (long sent = 0; sent < size; sent += Chunk.Length)
            {
                hash.AppendData(Chunk, 0, (int)Math.Min(Chunk.Length, size - sent));
            }

            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (long sent = 0; sent < size; sent += Chunk.Length)
            {
                await stream.WriteAsync(Chunk.AsMemory(0, (int)Math.Min(Chunk.Length, size - sent)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = size;
            return true;
        }
    }
}
