using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Documents;

internal static class DownloadFileEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/documents/{id:guid}/languages/{language}/file", DownloadAsync)
            .WithName("GoverningBodies_DownloadFile")
            .WithSummary("Download the file of a document's language version, streamed")
            .WithDescription("ETag and Repr-Digest carry its SHA-256; Range asks for part of it. A restricted document's file exists only for governing-bodies:restricted (404 otherwise, as the document itself).")
            .DescribesDownload();

    private static async Task<IResult> DownloadAsync(Guid id, string language, HttpContext http, ISender sender, DocumentFileStore files, CancellationToken ct)
    {
        var file = await sender.Send(new DownloadFileQuery(id, language), ct);
        return await FileTransfers.DownloadAsync(http, files, new FileTransfers.Download(file.StorageKey, file.MediaType, file.FileName, file.SizeBytes, file.UploadedAt, file.Sha256), ct);
    }
}
