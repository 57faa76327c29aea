using Iom.Modules.GoverningBodies.Data;
using Iom.Modules.GoverningBodies.Documents;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Speakers;

/// <summary>A statement's file streamed to the file store, then recorded (see <see cref="FileTransfers"/>).</summary>
internal static class AttachStatementFileEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapPut("/speakers/{id:guid}/statements/{language}/file", UploadAsync)
            .WithName("GoverningBodies_AttachStatementFile")
            .WithSummary("Upload a speaker's statement in a language (PDF, DOCX or ODT), streamed")
            .WithDescription("Ahead of the sitting or after it; replaces the language's file. A withdrawn speaker has no statement (409). "
                + "The name defaults to whom it was delivered for and the language (Switzerland-FR.pdf).")
            .DescribesUpload<SpeakerDetails>();

    private static async Task<IResult> UploadAsync(
        Guid id, string language, [FromQuery] string? fileName, HttpContext http, ISender sender, DocumentFileStore files, GoverningBodiesDatabase db, CancellationToken ct)
    {
        var mediaType = FileTransfers.MediaTypeOf(http.Request);
        var expected = ConditionalRequests.ExpectedVersion(http.Request);
        var key = StatementFileRules.NewKey(id, SequentialIds.Next(db.Dialect.Provider));
        var speaker = await FileTransfers.UploadAsync(http.Request, files, key, async stored =>
        {
            var attached = await sender.Send(new AttachStatementFileCommand(id, language, stored, mediaType, fileName, expected), ct);
            return (attached.Speaker, attached.ReplacedKey);
        }, ct);
        return ConditionalRequests.Ok(http, speaker);
    }
}
