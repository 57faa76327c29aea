using Iom.Modules.GoverningBodies.Data;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Files;
using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Documents;

/// <summary>
/// Uploads stream to the file store as they arrive (memory does not grow with the file), outside any transaction; the
/// command then records the file, and a refused command leaves nothing behind. The file a new one replaces is deleted
/// only once the change is committed.
/// </summary>
internal static class AttachFileEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapPut("/documents/{id:guid}/languages/{language}/file", UploadAsync)
            .WithName("GoverningBodies_AttachFile")
            .WithSummary("Upload the file of a document's language version (PDF, DOCX or ODT), streamed")
            .WithDescription("Replaces the version's file until the version is issued (then 409). The answer's file carries its size and SHA-256. "
                + "fileName, pages and words are optional; the name defaults to the symbol and language (C_115_4_Rev.2-EN.pdf).")
            .WithMetadata(new RequestBodyLimit(UploadCeilingBytes), new FileUpload(UploadCeilingBytes, DocumentFileStore.MediaTypes))
            .Produces<DocumentDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    // Routing's ceiling; the configured GoverningBodies:Files:MaxBytes is checked while the body is stored.
    private const long UploadCeilingBytes = 2L * 1024 * 1024 * 1024;

    private static async Task<IResult> UploadAsync(
        Guid id, string language, [FromQuery] string? fileName, [FromQuery] int? pages, [FromQuery] int? words,
        HttpContext http, ISender sender, DocumentFileStore files, GoverningBodiesDatabase db, CancellationToken ct)
    {
        var mediaType = http.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is null || !DocumentFileStore.MediaTypes.Contains(mediaType))
        {
            throw new UnsupportedMediaTypeException($"Send one of: {string.Join(", ", DocumentFileStore.MediaTypes)}.");
        }

        var expected = ConditionalRequests.ExpectedVersion(http.Request);
        StoredFile stored;
        try
        {
            stored = await files.Store.SaveAsync(DocumentFileStore.NewKey(id, language.ToLowerInvariant(), SequentialIds.Next(db.Dialect.Provider)), http.Request.Body, files.MaxBytes, ct);
        }
        catch (FileTooLargeException tooLarge)
        {
            throw new BadHttpRequestException(tooLarge.Message, StatusCodes.Status413PayloadTooLarge);
        }

        AttachedFile attached;
        try
        {
            attached = await sender.Send(new AttachFileCommand(id, language, stored, mediaType, fileName, pages, words, expected), ct);
        }
        catch
        {
            await files.Store.DeleteAsync(stored.Key, CancellationToken.None);
            throw;
        }

        if (attached.ReplacedKey is { } replaced)
        {
            await files.Store.DeleteAsync(replaced, CancellationToken.None);
        }

        return ConditionalRequests.Ok(http, attached.Document);
    }
}
