using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.Reliability;

/// <summary>
/// Property: whatever body arrives at a write endpoint (a valid one with random damage, arbitrary JSON, or not JSON at
/// all), the answer is never a 5xx, every 4xx is a problem document, and only accepted requests leave anything stored.
/// </summary>
public sealed class GeneratedBodiesTests(string provider) : ApiTest(provider)
{
    private const int SamplesPerEndpoint = 400;

    private static readonly string[] FieldNames =
    [
        "body", "kind", "number", "symbolPrefix", "title", "theme", "startDate", "endDate", "venue", "format", "symbol", "type",
        "distribution", "originalLanguage", "sessionId", "agendaItemIds", "languages", "targetLanguage", "sourceLanguage", "dueOn",
        "wordCount", "assignee", "adoptedOn", "adoption", "method", "votesFor", "en", "fr", "es", "id", "version",
    ];

    private static readonly Gen<string> Field = Gen.Int[0, FieldNames.Length - 1].Select(i => FieldNames[i]);

    private static readonly Gen<JsonNode?> Scalar = Gen.Frequency(
        (2, Gen.String[0, 40].Select(s => (JsonNode?)s)),
        (1, Gen.String[400, 700].Select(s => (JsonNode?)s)),
        (2, Gen.Int.Select(i => (JsonNode?)i)),
        (1, Gen.Double.Select(d => (JsonNode?)(double.IsFinite(d) ? d : 0))),
        (1, Gen.Bool.Select(b => (JsonNode?)b)),
        (1, Gen.Bool.Select(_ => (JsonNode?)null)),
        (2, Gen.OneOf(Gen.Const("2024-11-26"), Gen.Const("council"), Gen.Const("regular"), Gen.Const("fr"), Gen.Const("C/1/1"), Gen.Const("9(a)"))
            .Select(s => (JsonNode?)s)));

    private static readonly Gen<JsonNode?> Value = Gen.Frequency(
        (6, Scalar),
        (1, Scalar.Array[0, 5].Select(a => (JsonNode?)new JsonArray(a.Select(n => n?.DeepClone()).ToArray()))),
        (1, Gen.Select(Field, Scalar).Array[0, 4].Select(Object)));

    private static readonly Gen<string> Malformed = Gen.OneOf(
        Gen.String[0, 60],
        Gen.Const("{"),
        Gen.Const("{\"title\":"),
        Gen.Const("[1,2"),
        Gen.Const("\"just a string\""),
        Gen.Const("null"));

    [Test]
    public async Task GeneratedBodies_NeverGet5xx_AlwaysGetProblems_AndRejectedOnesWriteNothing()
    {
        var session = await Client.ScheduleSessionAsync(Unique(), "2024-11-26", "2024-11-28");
        var sessionId = session.Id();
        await Client.MoveSessionAsync(sessionId, "send-notice", "open");
        var document = await Client.RegisterDocumentAsync($"C/{session["number"]}/1");
        var baseline = await CountsAsync(sessionId, document.Id());

        var endpoints = new (string Name, HttpMethod Method, string Url, Func<JsonObject> Valid)[]
        {
            ("sessions", HttpMethod.Post, $"{Http.GoverningBodies}/sessions",
                () => JsonObject(GoverningBodiesApi.SessionBody(Unique() % 999 + 1))),
            ("patches", HttpMethod.Patch, $"{Http.GoverningBodies}/sessions/{sessionId}",
                () => new JsonObject { ["venue"] = "Geneva", ["theme"] = new JsonObject { ["en"] = "Mobility" } }),
            ("agenda", HttpMethod.Post, $"{Http.GoverningBodies}/sessions/{sessionId}/agenda-items",
                () => new JsonObject { ["number"] = (Unique() % 900 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), ["title"] = new JsonObject { ["en"] = "Item" } }),
            ("documents", HttpMethod.Post, $"{Http.GoverningBodies}/documents",
                () => new JsonObject { ["symbol"] = $"S/{Unique() % 999 + 1}/{Unique() % 999 + 1}", ["type"] = "report", ["distribution"] = "general", ["originalLanguage"] = "en", ["title"] = new JsonObject { ["en"] = "Report" } }),
            ("translations", HttpMethod.Post, $"{Http.GoverningBodies}/documents/{document.Id()}/translation-jobs",
                () => new JsonObject { ["targetLanguage"] = "fr", ["dueOn"] = "2030-01-01" }),
            ("resolutions", HttpMethod.Post, $"{Http.GoverningBodies}/resolutions",
                () => new JsonObject { ["number"] = 20000 + Unique(), ["sessionId"] = sessionId, ["title"] = new JsonObject { ["en"] = "R" }, ["adoptedOn"] = "2024-11-27", ["adoption"] = new JsonObject { ["method"] = "consensus" } }),
        };

        var accepted = endpoints.ToDictionary(e => e.Name, _ => 0);
        foreach (var endpoint in endpoints)
        {
            var bodies = Gen.Frequency(
                (4, Gen.Select(Gen.Int[0, 3], Field, Value).Array[0, 3].Select(damage => Damage(endpoint.Valid(), damage))),
                (2, Gen.Select(Field, Value).Array[0, 6].Select(o => Object(o)!.ToJsonString())),
                (1, Value.Select(v => v?.ToJsonString() ?? "null")),
                (1, Malformed),
                (1, Gen.Const(0).Select(_ => endpoint.Valid().ToJsonString())));
            await Check.SampleAsync(bodies, async body =>
            {
                using var request = new HttpRequestMessage(endpoint.Method, endpoint.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                using var response = await Client.SendAsync(request);
                var status = (int)response.StatusCode;
                Assert.That(status, Is.LessThan(500), () => $"{endpoint.Name} {body} -> {status} {response.Content.ReadAsStringAsync().Result}");
                if (status >= 400)
                {
                    Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), body);
                }
                else
                {
                    accepted[endpoint.Name]++;
                }
            }, iter: SamplesPerEndpoint, threads: 1);
        }

        var after = await CountsAsync(sessionId, document.Id());
        Assert.Multiple(() =>
        {
            Assert.That(accepted.Values.Sum(), Is.GreaterThan(endpoints.Length), "some generated bodies were valid");
            Assert.That(after.Sessions, Is.EqualTo(baseline.Sessions + accepted["sessions"]));
            Assert.That(after.SessionVersion, Is.EqualTo(baseline.SessionVersion + accepted["patches"]));
            Assert.That(after.AgendaItems, Is.EqualTo(baseline.AgendaItems + accepted["agenda"]));
            Assert.That(after.Documents, Is.EqualTo(baseline.Documents + accepted["documents"]));
            Assert.That(after.Jobs, Is.EqualTo(baseline.Jobs + accepted["translations"]));
            Assert.That(after.Resolutions, Is.EqualTo(baseline.Resolutions + accepted["resolutions"]));
        });
    }

    private static string Damage(JsonObject valid, (int Kind, string Field, JsonNode? Value)[] damage)
    {
        foreach (var (kind, field, value) in damage)
        {
            var target = valid.Select(p => p.Key).ElementAtOrDefault(Math.Abs(field.GetHashCode(StringComparison.Ordinal)) % Math.Max(1, valid.Count)) ?? field;
            _ = kind switch
            {
                0 => valid.Remove(target),
                1 => Set(valid, target, value),
                _ => Set(valid, field, value),
            };
        }

        return valid.ToJsonString();
    }

    private static bool Set(JsonObject target, string field, JsonNode? value)
    {
        target[field] = value?.DeepClone();
        return true;
    }

    private static JsonNode? Object((string Field, JsonNode? Value)[] members)
    {
        var result = new JsonObject();
        foreach (var (field, value) in members)
        {
            result[field] = value?.DeepClone();
        }

        return result;
    }

    private static JsonObject JsonObject(object body) =>
        System.Text.Json.JsonSerializer.SerializeToNode(body, Web)!.AsObject();

    private static readonly System.Text.Json.JsonSerializerOptions Web = new(System.Text.Json.JsonSerializerDefaults.Web);

    private async Task<(int Sessions, int SessionVersion, int AgendaItems, int Documents, int Jobs, int Resolutions)> CountsAsync(string sessionId, string documentId)
    {
        var session = await Client.GetAsync($"{Http.GoverningBodies}/sessions/{sessionId}").ExpectAsync(HttpStatusCode.OK);
        return (
            await CountAsync($"{Http.GoverningBodies}/sessions?limit=200"),
            (int)session["version"]!,
            await CountAsync($"{Http.GoverningBodies}/sessions/{sessionId}/agenda-items?limit=200"),
            await CountAsync($"{Http.GoverningBodies}/documents?limit=200"),
            (await AllAsync($"{Http.GoverningBodies}/translation-jobs/backlog?limit=200")).Count(j => j.Str("documentId") == documentId),
            await CountAsync($"{Http.GoverningBodies}/resolutions?limit=200"));
    }

    private async Task<int> CountAsync(string url) => (await AllAsync(url)).Count;

    private async Task<List<JsonNode>> AllAsync(string url)
    {
        var all = new List<JsonNode>();
        string? cursor = null;
        do
        {
            var page = await Client.GetAsync(cursor is null ? url : $"{url}&cursor={Uri.EscapeDataString(cursor)}").ExpectAsync(HttpStatusCode.OK);
            all.AddRange(page["items"]!.AsArray().Select(i => i!));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);
        return all;
    }
}
