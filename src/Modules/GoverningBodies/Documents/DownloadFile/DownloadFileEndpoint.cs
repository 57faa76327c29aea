using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Iom.Modules.GoverningBodies.Documents;

internal static class DownloadFileEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/documents/{id:guid}/languages/{language}/file", DownloadAsync)
            .WithName("GoverningBodies_DownloadFile")
            .WithSummary("Download the file of a document's language version, streamed")
            .WithDescription("ETag and Repr-Digest carry its SHA-256. A restricted document's file exists only for governing-bodies:restricted (404 otherwise, as the document itself).")
            .WithMetadata(new FileDownload(DocumentFileStore.MediaTypes))
            .Produces(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> DownloadAsync(Guid id, string language, HttpContext http, ISender sender, DocumentFileStore files, CancellationToken ct)
    {
        var file = await sender.Send(new DownloadFileQuery(id, language), ct);
        var sha256 = file.Sha256.Trim();
        http.Response.Headers["Repr-Digest"] = $"sha-256=:{Convert.ToBase64String(Convert.FromHexString(sha256))}:";
        var stream = await files.Store.OpenReadAsync(file.StorageKey, ct);
        return Results.Stream(stream, file.MediaType, file.FileName, file.UploadedAt, new EntityTagHeaderValue($"\"{sha256}\""));
    }
}
