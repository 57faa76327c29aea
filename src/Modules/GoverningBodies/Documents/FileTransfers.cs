using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Files;
using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Iom.Modules.GoverningBodies.Documents;

/// <summary>
/// How the module's files move over HTTP, for documents and statements alike. An upload streams to the file store as it
/// arrives (memory does not grow with the file), outside any transaction; the command then records it, a refused command
/// leaves nothing behind, and the file a new one replaces is deleted only once the change is committed. A download
/// streams from the store with its SHA-256 as ETag and Repr-Digest, and honours Range.
/// </summary>
internal static class FileTransfers
{
    /// <summary>Routing's ceiling on an upload; the configured GoverningBodies:Files:MaxBytes is checked while the body is stored.</summary>
    public const long UploadCeilingBytes = 2L * 1024 * 1024 * 1024;

    /// <summary>A file name as a download may carry it: no path, no control characters.</summary>
    public const string FileNamePattern = @"^[^/\\:*?""<>|\x00-\x1f]+$";

    public const string FileNameMessage = "A file name without a path or control characters.";

    /// <summary>Declares an upload endpoint: its body's formats and ceiling, the resource answered, and each refusal.</summary>
    public static RouteHandlerBuilder DescribesUpload<TResource>(this RouteHandlerBuilder endpoint) =>
        endpoint
            .WithMetadata(new RequestBodyLimit(UploadCeilingBytes), new FileUpload(UploadCeilingBytes, DocumentFileStore.MediaTypes))
            .Produces<TResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    /// <summary>Declares a download endpoint: the file whole or a range, 304, 404 and 416.</summary>
    public static RouteHandlerBuilder DescribesDownload(this RouteHandlerBuilder endpoint) =>
        endpoint
            .WithMetadata(new FileDownload(DocumentFileStore.MediaTypes))
            .Produces(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status206PartialContent)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status416RangeNotSatisfiable);

    /// <summary>The upload's media type, when it is one the module keeps (415 otherwise, before a byte is read).</summary>
    public static string MediaTypeOf(HttpRequest request)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        return mediaType is not null && DocumentFileStore.MediaTypes.Contains(mediaType)
            ? mediaType
            : throw new UnsupportedMediaTypeException($"Send one of: {string.Join(", ", DocumentFileStore.MediaTypes)}.");
    }

    /// <summary>Stores the request's body under <paramref name="key"/>, then records it; <paramref name="record"/> answers the result and the key it replaced.</summary>
    public static async Task<T> UploadAsync<T>(
        HttpRequest request, DocumentFileStore files, string key, Func<StoredFile, Task<(T Result, string? ReplacedKey)>> record, CancellationToken cancellationToken)
    {
        StoredFile stored;
        try
        {
            stored = await files.Store.SaveAsync(key, request.Body, files.MaxBytes, cancellationToken);
        }
        catch (FileTooLargeException tooLarge)
        {
            throw new BadHttpRequestException(tooLarge.Message, StatusCodes.Status413PayloadTooLarge);
        }

        (T Result, string? ReplacedKey) recorded;
        try
        {
            recorded = await record(stored);
        }
        catch
        {
            await files.Store.DeleteAsync(stored.Key, CancellationToken.None);
            throw;
        }

        if (recorded.ReplacedKey is { } replaced)
        {
            await files.Store.DeleteAsync(replaced, CancellationToken.None);
        }

        return recorded.Result;
    }

    /// <summary>A stored file as a download serves it.</summary>
    internal sealed record Download(string Key, string MediaType, string FileName, long Size, DateTimeOffset UploadedAt, string Sha256);

    /// <summary>The stored file, streamed: whole, 304 for its ETag in If-None-Match, or the one byte range asked for (206).</summary>
    public static async Task<IResult> DownloadAsync(HttpContext http, DocumentFileStore files, Download file, CancellationToken cancellationToken)
    {
        var sha256 = file.Sha256.Trim();
        if (LiesOutside(http.Request, file.Size))
        {
            // ASP.NET answers such a range with an empty 416; ours is a problem like every other 4xx, with the size.
            http.Response.Headers.ContentRange = $"bytes */{file.Size}";
            return Results.Problem(
                title: "Range not satisfiable",
                detail: $"The file has {file.Size} bytes; ask for a range that starts within them.",
                statusCode: StatusCodes.Status416RangeNotSatisfiable,
                extensions: new Dictionary<string, object?> { ["code"] = "range-not-satisfiable" });
        }

        http.Response.Headers["Repr-Digest"] = $"sha-256=:{Convert.ToBase64String(Convert.FromHexString(sha256))}:";
        var stream = await files.Store.OpenReadAsync(file.Key, cancellationToken);
        return Results.Stream(stream, file.MediaType, file.FileName, file.UploadedAt, new EntityTagHeaderValue($"\"{sha256}\""), enableRangeProcessing: true);
    }

    // One byte range that no byte of the file satisfies (RFC 9110 14.1.1); malformed or multiple ranges, and a Range under
    // If-Range, are left to ASP.NET, which then answers the whole file.
    private static bool LiesOutside(HttpRequest request, long size)
    {
        if (request.Headers.IfRange.Count > 0 || !RangeHeaderValue.TryParse(request.Headers.Range.ToString(), out var range)
            || !string.Equals(range.Unit.Value, "bytes", StringComparison.OrdinalIgnoreCase) || range.Ranges.Count != 1)
        {
            return false;
        }

        var only = range.Ranges.Single();
        return only.From is { } from ? from >= size : only.To is 0 || size == 0;
    }
}
