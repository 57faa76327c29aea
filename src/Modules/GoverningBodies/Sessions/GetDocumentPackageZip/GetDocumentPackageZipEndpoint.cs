using System.IO.Compression;
using System.Text;
using Iom.Modules.GoverningBodies.Documents;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Sessions;

/// <summary>
/// The package as one zip with an index.csv (RFC 4180) of what it holds: written to a temporary file one stored file at a
/// time (ZipArchive still writes some headers synchronously, which the response refuses), then streamed; memory never
/// holds the zip. Files are stored, not deflated: PDFs are compressed already.
/// </summary>
internal static class GetDocumentPackageZipEndpoint
{
    public const string MediaType = "application/zip";

    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/sessions/{sessionId:guid}/document-package/zip", WriteAsync)
            .WithName("GoverningBodies_GetDocumentPackageZip")
            .WithSummary("Download a session's document package as one zip: each issued language version's file, and index.csv")
            .WithDescription("Restricted documents only for governing-bodies:restricted. Streamed from a temporary file, never held in memory.")
            .WithMetadata(new FileDownload([MediaType], Stored: false))
            .Produces(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task WriteAsync(Guid sessionId, HttpContext http, ISender sender, DocumentFileStore files, CancellationToken ct)
    {
        var package = await sender.Send(new GetDocumentPackageZipQuery(sessionId), ct);
        await using var spool = new FileStream(
            Path.Combine(Path.GetTempPath(), $"iom-package-{Guid.NewGuid():N}.zip"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16,
            FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        await WriteZipAsync(spool, package.Files, files, ct);
        spool.Position = 0;
        http.Response.ContentType = MediaType;
        http.Response.ContentLength = spool.Length;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{(package.SymbolPrefix ?? sessionId.ToString()).Replace('/', '_')}-documents.zip\"";
        await spool.CopyToAsync(http.Response.Body, ct);
    }

    private static async Task WriteZipAsync(Stream output, IReadOnlyList<PackageRow> withFiles, DocumentFileStore files, CancellationToken ct)
    {
        await using var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Encoding.UTF8, ct);
        var index = CsvText.AppendRow(new StringBuilder(), "symbol", "language", "file", "bytes", "sha256", "issued_at");
        foreach (var row in withFiles)
        {
            // Named by symbol and language, unique in the package whatever the uploaded files were called.
            var name = $"{row.Symbol.Replace('/', '_')}-{row.Language.ToUpperInvariant()}{Path.GetExtension(row.FileName)}";
            var entry = zip.CreateEntry(name, CompressionLevel.NoCompression);
            entry.LastWriteTime = row.IssuedAt ?? DateTimeOffset.UnixEpoch;
            await using (var target = await entry.OpenAsync(ct))
            await using (var source = await files.Store.OpenReadAsync(row.StorageKey!, ct))
            {
                await source.CopyToAsync(target, ct);
            }

            CsvText.AppendRow(index, row.Symbol, row.Language, name, row.Size?.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Sha256?.Trim(),
                row.IssuedAt?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        }

        var manifest = zip.CreateEntry("index.csv", CompressionLevel.Optimal);
        await using var writer = await manifest.OpenAsync(ct);
        await writer.WriteAsync(Encoding.UTF8.GetBytes(index.ToString()), ct);
    }
}
