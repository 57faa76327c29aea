using System.Text.Json.Nodes;

namespace Iom.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Request bodies made from the served OpenAPI document, so that a test that calls every operation needs no list of
/// bodies per operation: every required property, and every enum, date and nested object, with a value of its declared
/// type and format. Where the document says less than the server checks, the server's 400 names the fields; <see cref="Refine"/>
/// then adds a missing one or takes the next enum value, and the caller tries again.
/// </summary>
internal sealed class SchemaBodies(JsonNode document, bool requiredOnly = false)
{
    private readonly Dictionary<string, int> _enumChoice = new(StringComparer.Ordinal);
    private readonly HashSet<string> _forced = new(StringComparer.Ordinal);

    /// <summary>The media type the operation documents for its body (JSON, or CSV for bulk loads).</summary>
    public static string MediaType(JsonNode operation) =>
        operation["requestBody"]?["content"]?.AsObject().Select(c => c.Key).FirstOrDefault() ?? "application/json";

    /// <summary>The body for <paramref name="operation"/>, or null when it takes none.</summary>
    public string? For(JsonNode operation)
    {
        if (operation["requestBody"]?["content"] is not JsonObject content)
        {
            return null;
        }

        var (mediaType, body) = content.First();
        return mediaType.Contains("json", StringComparison.Ordinal) ? Value(body!["schema"]!, string.Empty, required: true)?.ToJsonString() ?? "{}" : string.Empty;
    }

    /// <summary>The operation's path with a value for each parameter: a new id, or a value of the parameter's kind.</summary>
    public static string Url(string path) => System.Text.RegularExpressions.Regex.Replace(
        path, @"\{(\w+)\}", m => m.Groups[1].Value switch
        {
            "kind" => "maps",
            "year" => "2030",
            "language" => "fr",
            "module" => "research",
            _ => Guid.NewGuid().ToString(),
        });

    /// <summary>The schema a reference or an allOf wrapper stands for.</summary>
    public static JsonNode Resolve(JsonNode document, JsonNode schema)
    {
        if (schema["allOf"] is JsonArray all && all.Count > 0)
        {
            schema = all[0]!;
        }

        return schema["$ref"]?.GetValue<string>() is { } reference
            ? document["components"]!["schemas"]![reference.Split('/')[^1]]!
            : schema;
    }

    /// <summary>Takes the next enum value of each field a 400 names, adding none; false when there is nothing left to try.</summary>
    public bool RefineValues(JsonNode? problem)
    {
        var learnt = false;
        foreach (var (field, _) in problem?["errors"]?.AsObject() ?? [])
        {
            var name = PathOf(field);
            _enumChoice[name] = _enumChoice.GetValueOrDefault(name) + 1;
            learnt |= _enumChoice[name] < 8;
        }

        return learnt;
    }

    private static string PathOf(string field) => string.Join('.', System.Text.RegularExpressions.Regex.Replace(field, @"\[\d+\]", string.Empty)
        .Split('.').Select(p => char.ToLowerInvariant(p[0]) + p[1..]));

    /// <summary>Learns from a 400's field errors; false when there is nothing left to learn.</summary>
    public bool Refine(JsonNode? problem)
    {
        var learnt = false;
        foreach (var (field, _) in problem?["errors"]?.AsObject() ?? [])
        {
            // lines[0].code -> lines.code: a path through the body's properties.
            var name = PathOf(field);
            if (_forced.Add(name))
            {
                learnt = true;
            }
            else
            {
                _enumChoice[name] = _enumChoice.GetValueOrDefault(name) + 1;
                learnt = _enumChoice[name] < 8;
            }
        }

        return learnt;
    }

    /// <summary>Days of things that have happened, which cannot be in the future; other days (due dates, periods) lie ahead.</summary>
    private static readonly HashSet<string> PastEvents =
        ["adoptedOn", "pledgedOn", "flowDate", "releasedOn", "retrievedOn", "on", "settledOn", "decidedOn", "receivedOn", "notifiedOn", "memberSince", "grantedOn", "withdrawnOn", "dateOfBirth", "credentialsReceivedOn"];

    private JsonNode? Value(JsonNode schema, string path, bool required)
    {
        schema = Resolve(document, schema);
        var name = path.Split('.')[^1];
        if (requiredOnly && !required)
        {
            return null;
        }

        if (schema["enum"] is JsonArray values)
        {
            return values[_enumChoice.GetValueOrDefault(path) % values.Count]!.DeepClone();
        }

        var type = schema["type"]?.GetValue<string>() ?? (schema["properties"] is not null ? "object" : null);
        var format = schema["format"]?.GetValue<string>();
        return type switch
        {
            "object" => Object(schema, path),
            "array" when required => new JsonArray(Value(schema["items"]!, path, required: true)),
            "string" when required && format == "date" => PastEvents.Contains(name) ? "2020-01-01" : "2030-01-01",
            "string" when required && format == "date-time" => "2030-01-01T00:00:00Z",
            "string" when required && format == "time" => name.StartsWith("end", StringComparison.Ordinal) ? "13:00:00" : "10:00:00",
            "string" when required && format == "uuid" => Guid.NewGuid().ToString(),
            "string" when required => Sample(name),
            "integer" or "number" when required => Math.Max(1, schema["minimum"]?.GetValue<double>() ?? 1),
            "boolean" when required => false,
            _ => null,
        };
    }

    private JsonObject Object(JsonNode schema, string path)
    {
        var required = schema["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToHashSet() ?? [];
        var result = new JsonObject();
        foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
        {
            var at = path.Length == 0 ? name : $"{path}.{name}";
            var atLeast = schema["minProperties"]?.GetValue<int>() ?? 0;
            if (Value(property!, at, required.Contains(name) || _forced.Contains(at) || result.Count < atLeast) is { } value)
            {
                result[name] = value;
            }
        }

        // Localized text: at least one language.
        if (result.Count == 0 && schema["properties"]?["en"] is not null)
        {
            result["en"] = "x";
        }

        return result;
    }

    // Values for the few kinds of text whose format the document does not state yet (a language code, an agenda number,
    // standard identifiers with check digits).
    private static string Sample(string name) => name switch
    {
        _ when name.EndsWith("anguage", StringComparison.Ordinal) => "fr",
        "number" => "1",
        "currency" => "USD",
        "country" or "nationality" => "KEN",
        "startTime" => "10:00:00",
        "endTime" => "13:00:00",
        "edition" => "2024",
        "isbn" => "9780306406157",
        "doi" => "10.18356/x",
        _ => "x",
    };
}
