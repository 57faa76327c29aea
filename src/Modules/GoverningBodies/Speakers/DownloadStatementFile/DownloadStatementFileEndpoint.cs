using Iom.Modules.GoverningBodies.Documents;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Speakers;

internal static class DownloadStatementFileEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/speakers/{id:guid}/statements/{language}/file", DownloadAsync)
            .WithName("GoverningBodies_DownloadStatementFile")
            .WithSummary("Download a speaker's statement in a language, streamed")
            .WithDescription("ETag and Repr-Digest carry its SHA-256; Range asks for part of it.")
            .DescribesDownload();

    private static async Task<IResult> DownloadAsync(Guid id, string language, HttpContext http, ISender sender, DocumentFileStore files, CancellationToken ct)
    {
        var file = await sender.Send(new DownloadStatementFileQuery(id, language), ct);
        return await FileTransfers.DownloadAsync(http, files, new FileTransfers.Download(file.StorageKey, file.MediaType, file.FileName, file.SizeBytes, file.UploadedAt, file.Sha256), ct);
    }
}
