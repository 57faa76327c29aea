using Iom.SharedKernel.Http;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Iom.Api.Host.OpenApi;

/// <summary>
/// Documents CSV bodies the endpoints read or write themselves (the framework sees neither): the 200 of an export also
/// comes as text/csv and SDMX-CSV, and an upload takes a CSV or SDMX-CSV file up to its limit.
/// </summary>
internal sealed class CsvOperationFilter : IOperationFilter
{
    public const string SdmxCsvMediaType = "application/vnd.sdmx.data+csv";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<CsvExport>().FirstOrDefault() is { } export && operation.Responses?.TryGetValue("200", out var ok) == true && ok.Content is { } content)
        {
            content["text/csv"] = new OpenApiMediaType { Schema = File(int.MaxValue, "RFC 4180: a header row, then one row per line, each ended by CRLF.") };
            if (export.Sdmx)
            {
                content[SdmxCsvMediaType] = new OpenApiMediaType { Schema = File(int.MaxValue, "SDMX-CSV 2.0: STRUCTURE,STRUCTURE_ID,ACTION, the dimensions, OBS_VALUE, OBS_STATUS; lines ended by CRLF.") };
            }

            if (ok is OpenApiResponse response)
            {
                response.Headers ??= new Dictionary<string, IOpenApiHeader>();
                response.Headers["Vary"] = new OpenApiHeader
                {
                    Description = "Accept: without format=, the answer is the CSV type the Accept header prefers to JSON.",
                    Required = true,
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 100 },
                };
            }
        }

        if (metadata.OfType<CsvUpload>().FirstOrDefault() is { } upload)
        {
            var schema = File(upload.MaxBytes, "The file.");
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["text/csv"] = new() { Schema = schema },
                    [SdmxCsvMediaType] = new() { Schema = schema },
                },
            };
        }
    }

    private static OpenApiSchema File(long maxLength, string description) =>
        new() { Type = JsonSchemaType.String, Format = "binary", MaxLength = (int)Math.Min(maxLength, int.MaxValue), Description = description };
}
