using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CsCheck;
using Iom.Api.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Iom.Api.IntegrationTests.Reliability;

/// <summary>
/// Property, for every POST and PATCH with a JSON body of every module, bodies built from the operation's own schema in
/// the OpenAPI document with hostile values (NUL and other controls, bidi overrides, half surrogate pairs, huge
/// numbers, impossible and out-of-range dates, long text, wrong types): never a 5xx, every 4xx a problem document,
/// and (on SQLite, where the test reads the module's audit trail) a rejected request leaves no audit entry, so no write.
/// </summary>
public sealed partial class EveryWriteGeneratedBodiesTests(string provider) : ApiTest(provider)
{
    private const int SamplesPerOperation = 40;

    private static readonly string[] HostileText =
    [
        "\\u0000", "a\\u0007b", "\\u001b[31m", "\\u202Eevil", "x\\u2066y", "\\ud800", "\\udc00z", "\\u007f", new string('w', 5000), "", " ",
    ];

    private static readonly string[] Dates = ["2024-02-30", "0001-01-01", "9999-12-31", "24-01-01", "2024-13-01", "2024-01-15T10:00:00Z", "2023-06-30"];

    private static readonly string[] Numbers = ["1e309", "-1e309", "99999999999999999999999999", "-2147483649", "2147483648", "0.5", "-1", "0", "1", "1e-400"];

    [Test]
    public async Task EveryWriteOperation_NeverAnswers5xx_AndARejectedBodyWritesNothing()
    {
        var document = await Client.GetAsync("/swagger/v1/swagger.json").ExpectAsync(HttpStatusCode.OK);
        var schemas = document["components"]!["schemas"]!.AsObject();
        using var client = ClientWith(TestTokens.AllScopes);
        var ids = await SeedAsync(client);
        var operations = 0;
        var statuses = new Dictionary<int, int>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var content = operation!["requestBody"]?["content"]?.AsObject().FirstOrDefault(c => c.Key.Contains("json", StringComparison.Ordinal));
                if (method is not ("post" or "patch") || content?.Value?["schema"] is not { } schema)
                {
                    continue;
                }

                operations++;
                var url = Url(path, ids);
                var module = path.Split('/')[3].Replace('-', '_');
                var bodies = Gen.Frequency(
                    (5, Gen.Int.Select(seed => Body(schema, schemas, new Random(seed), 0))),
                    (1, Gen.Int[0, HostileText.Length - 1].Select(i => $"{{\"{Field(schema, schemas)}\":\"{HostileText[i]}\"}}")),
                    (1, Gen.Int[0, Numbers.Length - 1].Select(i => $"{{\"{Field(schema, schemas)}\":{Numbers[i]}}}")));
                await Check.SampleAsync(bodies, async body =>
                {
                    var before = await AuditCountAsync(module);
                    using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url) { Content = new StringContent(body, Encoding.UTF8, content.Value.Key) };
                    request.Headers.TryAddWithoutValidation("If-Match", "*");
                    using var response = await client.SendAsync(request);
                    var status = (int)response.StatusCode;
                    statuses[status] = statuses.GetValueOrDefault(status) + 1;
                    Assert.That(status, Is.LessThan(500), () => $"{method.ToUpperInvariant()} {path} {body} -> {status} {response.Content.ReadAsStringAsync().Result}");
                    if (status >= 400)
                    {
                        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), $"{method} {path} {body}");
                        Assert.That(await AuditCountAsync(module), Is.EqualTo(before), $"{method} {path} {body} -> {status} wrote something");
                    }
                }, iter: SamplesPerOperation, threads: 1);
            }
        }

        TestContext.Out.WriteLine("Answers: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")));
        Assert.That(operations, Is.GreaterThanOrEqualTo(50), "every POST and PATCH with a JSON body");
        Assert.That(statuses.Where(s => s.Key is >= 200 and < 300).Sum(s => s.Value), Is.GreaterThan(0), "some generated bodies were accepted");
        Assert.That(statuses.GetValueOrDefault(400), Is.GreaterThan(statuses.GetValueOrDefault(404)), "most bodies reach validation, not a missing resource");
    }

    /// <summary>
    /// A body from the schema: each property present or not, each value valid-looking or hostile. Hostile text goes in
    /// as a placeholder and is swapped for its raw JSON escape afterwards: a half surrogate pair cannot live in a JsonNode.
    /// </summary>
    private static string Body(JsonNode schema, JsonObject schemas, Random random, int depth)
    {
        var json = Value(schema, schemas, random, depth)?.ToJsonString() ?? "null";
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

    private static string Field(JsonNode schema, JsonObject schemas) =>
        Resolve(schema, schemas)["properties"]?.AsObject().Select(p => p.Key).FirstOrDefault() ?? "anything";

    /// <summary>Resources to aim at, so that PATCHes and actions reach their merge and validation, not a 404.</summary>
    private async Task<Dictionary<string, string>> SeedAsync(HttpClient client)
    {
        var session = await client.ScheduleSessionAsync(Unique());
        var item = await client.AddAgendaItemAsync(session.Id(), "1");
        var document = await client.RegisterDocumentAsync($"C/{session["number"]}/1");
        var work = await client.CreateWorkAsync($"W-{Unique()}");
        var (datasetId, _) = await client.CreateDatasetAsync($"GEN{Unique()}");
        var edition = await client.CreateEditionAsync(datasetId, "2024", "2024-01-01");
        return new Dictionary<string, string>
        {
            ["/governing-bodies/sessions/"] = session.Id(),
            ["/governing-bodies/agenda-items/"] = item.Id(),
            ["/governing-bodies/documents/"] = document.Id(),
            ["/research/works/"] = work.Id(),
            ["/migration-data/datasets/"] = datasetId,
            ["/migration-data/editions/"] = edition.Id(),
        };
    }

    private static string Url(string path, Dictionary<string, string> ids)
    {
        var url = path.Replace("{year}", "2024", StringComparison.Ordinal).Replace("{code}", "X.CODE", StringComparison.Ordinal)
            .Replace("{language}", "fr", StringComparison.Ordinal);
        foreach (var (prefix, id) in ids)
        {
            var at = url.IndexOf(prefix + "{", StringComparison.Ordinal);
            if (at >= 0)
            {
                url = url[..(at + prefix.Length)] + id + url[url.IndexOf('}', at)..][1..];
            }
        }

        return PathParameter().Replace(url, Guid.NewGuid().ToString());
    }

    private async Task<long> AuditCountAsync(string module)
    {
        if (Factory.Provider != "Sqlite")
        {
            return 0;
        }

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(Factory.SqliteDirectory, module + ".db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM audit_entries";
        return Convert.ToInt64(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex PathParameter();
}
