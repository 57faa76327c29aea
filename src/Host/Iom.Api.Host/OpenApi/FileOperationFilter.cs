using Iom.SharedKernel.Http;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Iom.Api.Host.OpenApi;

/// <summary>
/// Documents the files endpoints read or write themselves: an upload's body in each media type it takes, up to its limit;
/// a download's 200 in each media type it may have, with the SHA-256 it sends as ETag and Repr-Digest (RFC 9530).
/// </summary>
internal sealed class FileOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<FileUpload>().FirstOrDefault() is { } upload)
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = "The file's bytes, streamed; its media type in Content-Type.",
                Content = upload.MediaTypes.ToDictionary(m => m, _ => new OpenApiMediaType { Schema = Binary(upload.MaxBytes) }),
            };
        }

        if (metadata.OfType<FileDownload>().FirstOrDefault() is { } download && operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse response)
        {
            response.Content = download.MediaTypes.ToDictionary(m => m, _ => new OpenApiMediaType { Schema = Binary(null) });
            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            if (download.Stored)
            {
                response.Headers["ETag"] = Header("The file's SHA-256 (hex, quoted): send it in If-None-Match to download it only if it changed.", 66);
                response.Headers["Repr-Digest"] = Header("RFC 9530: sha-256=:<base64 of the SHA-256>:, to check the bytes received.", 60);
            }

            response.Headers["Content-Disposition"] = Header("attachment, with the file's name.", 300);
        }
    }

    private static OpenApiSchema Binary(long? maxBytes) =>
        new() { Type = JsonSchemaType.String, Format = "binary", MaxLength = maxBytes is null ? null : (int)Math.Min(maxBytes.Value, int.MaxValue) };

    private static OpenApiHeader Header(string description, int maxLength) => new()
    {
        Description = description,
        Required = true,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = maxLength },
    };
}
