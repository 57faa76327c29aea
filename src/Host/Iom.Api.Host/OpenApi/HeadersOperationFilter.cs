using Iom.SharedKernel.Http;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Iom.Api.Host.OpenApi;

/// <summary>
/// The headers the server sends and honours, declared where it does: Location on every 201 and 202; ETag on every 2xx that
/// answers a versioned resource; Idempotent-Replayed on the 2xx of a POST; If-Match where a 412 can answer, and
/// If-None-Match where a 304 can. Non-JSON bodies (exports, calendars) carry no invented length.
/// </summary>
internal sealed class HeadersOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var responses = operation.Responses ?? [];
        var versioned = context.ApiDescription.SupportedResponseTypes
            .Where(r => r.StatusCode is >= 200 and < 300 && r.Type is not null && typeof(IVersionedResource).IsAssignableFrom(r.Type))
            .Select(r => r.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ToHashSet(StringComparer.Ordinal);
        var post = string.Equals(context.ApiDescription.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase);
        foreach (var (status, entry) in responses.Where(r => r.Key[0] == '2'))
        {
            if (entry is not OpenApiResponse response)
            {
                continue;
            }

            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            if (status is "201" or "202")
            {
                response.Headers["Location"] = Header(
                    status == "201" ? "The address of the resource created." : "The address of the job's status, to poll.", required: true, format: "uri-reference", maxLength: 2000);
            }

            if (versioned.Contains(status))
            {
                response.Headers["ETag"] = Header("The resource's version; send it back in If-Match to change it, or in If-None-Match to read it only if it changed.", required: true, maxLength: 20);
            }

            if (post)
            {
                response.Headers["Idempotent-Replayed"] = Header("true when this is the stored answer to an earlier request with the same Idempotency-Key.", required: false, maxLength: 5, values: ["true"]);
            }

            foreach (var media in (response.Content ?? new Dictionary<string, OpenApiMediaType>()).Where(c => !c.Key.Contains("json", StringComparison.Ordinal)))
            {
                if (media.Value.Schema is OpenApiSchema body)
                {
                    body.MaxLength = null;
                }
            }
        }

        operation.Parameters ??= [];
        if (responses.ContainsKey("412"))
        {
            var required = responses.ContainsKey("428");
            operation.Parameters.Add(Parameter(
                "If-Match",
                required ? "Required: the ETag you read (428 without it); a stale one answers 412 and changes nothing." : "The ETag you read; a stale one answers 412 and changes nothing.",
                required));
        }

        if (responses.ContainsKey("304"))
        {
            operation.Parameters.Add(Parameter("If-None-Match", "An ETag you hold; 304 with no body when the resource still has it."));
        }
    }

    private static OpenApiHeader Header(string description, bool required, int maxLength, string? format = null, string[]? values = null) => new()
    {
        Description = description,
        Required = required,
        Schema = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Format = format,
            MaxLength = maxLength,
            Enum = values?.Select(v => (System.Text.Json.Nodes.JsonNode)v).ToList(),
        },
    };

    private static OpenApiParameter Parameter(string name, string description, bool required = false) => new()
    {
        Name = name,
        In = ParameterLocation.Header,
        Required = required,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = 200 },
    };
}
