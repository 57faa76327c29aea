using Iom.SharedKernel.Http;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Iom.Api.Host.OpenApi;

/// <summary>
/// Documents the files endpoints read or write themselves: an upload's body in each media type it takes, up to its limit;
/// a download's 200 (and 206 for a Range) in each media type it may have, with the SHA-256 it sends as ETag and
/// Repr-Digest (RFC 9530), and the Range header and 416's Content-Range where the endpoint answers ranges.
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

        if (metadata.OfType<FileDownload>().FirstOrDefault() is { } download && operation.Responses is { } responses)
        {
            foreach (var status in new[] { "200", "206" })
            {
                if (responses.TryGetValue(status, out var found) && found is OpenApiResponse response)
                {
                    DescribeFile(download, response, partial: status == "206", ranges: responses.ContainsKey("206"));
                }
            }

            if (responses.TryGetValue("416", out var unsatisfiable) && unsatisfiable is OpenApiResponse outside)
            {
                outside.Headers ??= new Dictionary<string, IOpenApiHeader>();
                outside.Headers["Content-Range"] = Header("bytes */<size>: the file's size.", 40);
            }

            if (responses.ContainsKey("206"))
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = "Range",
                    In = ParameterLocation.Header,
                    Description = "RFC 9110, one range: bytes=<first>-<last>, bytes=<first>- or bytes=-<suffix length>; answered with 206, or 416 when it lies outside the file.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 100 },
                });
            }
        }
    }

    private static void DescribeFile(FileDownload download, OpenApiResponse response, bool partial, bool ranges)
    {
        response.Content = download.MediaTypes.ToDictionary(m => m, _ => new OpenApiMediaType { Schema = Binary(null) });
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        if (download.Stored)
        {
            response.Headers["ETag"] = Header("The file's SHA-256 (hex, quoted): send it in If-None-Match to download it only if it changed.", 66);
            response.Headers["Repr-Digest"] = Header("RFC 9530: sha-256=:<base64 of the SHA-256>:, to check the bytes received.", 60);
        }

        response.Headers["Content-Disposition"] = Header("attachment, with the file's name.", 300);
        if (ranges)
        {
            response.Headers["Accept-Ranges"] = Header("bytes: a Range request downloads part of the file.", 10);
        }

        if (partial)
        {
            response.Description = "The part of the file the Range asked for.";
            response.Headers["Content-Range"] = Header("bytes <first>-<last>/<size>.", 60);
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
