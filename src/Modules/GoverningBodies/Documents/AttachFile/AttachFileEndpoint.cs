using Iom.Modules.GoverningBodies.Data;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Documents;

/// <summary>An upload streamed to the file store, then recorded (see <see cref="FileTransfers"/>).</summary>
internal static class AttachFileEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapPut("/documents/{id:guid}/languages/{language}/file", UploadAsync)
            .WithName("GoverningBodies_AttachFile")
            .WithSummary("Upload the file of a document's language version (PDF, DOCX or ODT), streamed")
            .WithDescription("Replaces the version's file until the version is issued (then 409). The answer's file carries its size and SHA-256. "
                + "fileName, pages and words are optional; the name defaults to the symbol and language (C_115_4_Rev.2-EN.pdf).")
            .DescribesUpload<DocumentDetails>();

    private static async Task<IResult> UploadAsync(
        Guid id, string language, [FromQuery] string? fileName, [FromQuery] int? pages, [FromQuery] int? words,
        HttpContext http, ISender sender, DocumentFileStore files, GoverningBodiesDatabase db, CancellationToken ct)
    {
        var mediaType = FileTransfers.MediaTypeOf(http.Request);
        var expected = ConditionalRequests.ExpectedVersion(http.Request);
        var key = DocumentFileStore.NewKey(id, language.ToLowerInvariant(), SequentialIds.Next(db.Dialect.Provider));
        var document = await FileTransfers.UploadAsync(http.Request, files, key, async stored =>
        {
            var attached = await sender.Send(new AttachFileCommand(id, language, stored, mediaType, fileName, pages, words, expected), ct);
            return (attached.Document, attached.ReplacedKey);
        }, ct);
        return ConditionalRequests.Ok(http, document);
    }
}
