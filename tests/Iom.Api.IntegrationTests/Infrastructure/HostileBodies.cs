using System.Text.Json.Nodes;

namespace Iom.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Request bodies built from an operation's schema in the OpenAPI document: each property present or not, each value
/// valid-looking or hostile (controls, bidi overrides, half surrogate pairs, huge numbers, impossible dates, wrong types).
/// </summary>
public static class HostileBodies
{
    /// <summary>Text no field means, as raw JSON string contents (escapes included: a half surrogate pair cannot be a .NET string in a JsonNode).</summary>
    public static readonly string[] HostileText =
    [
        "\\u0000", "a\\u0007b", "\\u001b[31m", "\\u202Eevil", "x\\u2066y", "\\ud800", "\\udc00z", "\\u007f", new string('w', 5000), "", " ",
    ];

    public static readonly string[] Dates = ["2024-02-30", "0001-01-01", "9999-12-31", "24-01-01", "2024-13-01", "2024-01-15T10:00:00Z", "2023-06-30"];

    /// <summary>Numbers past every type's range, and the edges.</summary>
    public static readonly string[] Numbers = ["1e309", "-1e309", "99999999999999999999999999", "-2147483649", "2147483648", "0.5", "-1", "0", "1", "1e-400"];

    /// <summary>
    /// A body from the schema: each property present or not, each value valid-looking or hostile. Hostile text goes in
    /// as a placeholder and is swapped for its raw JSON escape afterwards: a half surrogate pair cannot live in a JsonNode.
    /// </summary>
    public static string Body(JsonNode schema, JsonObject schemas, Random random)
    {
        var json = Value(schema, schemas, random, 0)?.ToJsonString() ?? "null";
        for (var i = 0; i < HostileText.Length; i++)
        {
            json = json.Replace($"\"{Placeholder(i)}\"", $"\"{HostileText[i]}\"", StringComparison.Ordinal);
        }

        return json;
    }

    private static string Placeholder(int index) => $"@@hostile-{index}@@";

    private static JsonNode? Value(JsonNode schema, JsonObject schemas, Random random, int depth)
    {
        schema = Resolve(schema, schemas);
        if (random.Next(12) == 0 || depth > 3)
        {
            return random.Next(3) switch { 0 => null, 1 => JsonValue.Create(random.Next()), _ => JsonValue.Create("wrong type") };
        }

        if (schema["enum"] is JsonArray values)
        {
            return random.Next(6) == 0 ? JsonValue.Create("notAMember") : values[random.Next(values.Count)]?.DeepClone();
        }

        switch (schema["type"]?.GetValue<string>())
        {
            case "object" or null when schema["properties"] is JsonObject properties:
                var result = new JsonObject();
                foreach (var (name, property) in properties)
                {
                    if (random.Next(5) > 0)
                    {
                        result[name] = Value(property!, schemas, random, depth + 1);
                    }
                }

                return result;
            case "array":
                return new JsonArray([.. Enumerable.Range(0, random.Next(4)).Select(_ => Value(schema["items"]!, schemas, random, depth + 1))]);
            case "integer" or "number":
                return random.Next(3) == 0 ? JsonNode.Parse(Numbers[random.Next(Numbers.Length)]) : JsonValue.Create(random.Next(-5, 3000));
            case "boolean":
                return JsonValue.Create(random.Next(2) == 0);
            case "string":
                var format = schema["format"]?.GetValue<string>();
                if (random.Next(4) == 0)
                {
                    return JsonValue.Create(Placeholder(random.Next(HostileText.Length)));
                }

                return format switch
                {
                    "date" => Dates[random.Next(Dates.Length)],
                    "date-time" => random.Next(2) == 0 ? "2024-01-15T10:00:00Z" : "2024-02-30T25:61:00Z",
                    "uuid" => Guid.NewGuid().ToString(),
                    _ => new[] { "en", "fr", "C/115/4", "KEN", "council", "Geneva", "2024", "USD", "1234.5" }[random.Next(9)],
                };
            default:
                return JsonValue.Create("x");
        }
    }

    private static JsonNode Resolve(JsonNode schema, JsonObject schemas)
    {
        while (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            schema = schemas[reference.Split('/')[^1]]!;
        }

        return schema["allOf"] is JsonArray { Count: 1 } all ? Resolve(all[0]!, schemas) : schema;
    }

    /// <summary>The schema's first property, or a name no schema has.</summary>
    public static string FirstField(JsonNode schema, JsonObject schemas) =>
        Resolve(schema, schemas)["properties"]?.AsObject().Select(p => p.Key).FirstOrDefault() ?? "anything";
}
