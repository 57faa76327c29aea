using System.Net;
using System.Text.Json.Nodes;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.Contract;

/// <summary>
/// The document's <c>required</c> lists say what the server requires, no more and no less: an empty body is refused only
/// for properties the schema marks required, and a body of the required properties alone is never refused for a
/// property it left out. Generated clients type fields as optional or not from these lists.
/// </summary>
public sealed class RequiredFieldsTests(string provider) : ApiTest(provider)
{
    [Test]
    public async Task AnEmptyBody_IsRefusedOnlyForPropertiesMarkedRequired()
    {
        var mismatches = new List<string>();
        var checkedOperations = 0;
        await foreach (var (operation, schema, response) in SendEachAsync(_ => "{}"))
        {
            checkedOperations++;
            var required = Required(schema);
            // A schema with minProperties says an empty body is refused for want of any of its properties.
            var anyOf = (schema["minProperties"]?.GetValue<int>() ?? 0) > 0;
            foreach (var field in await FieldErrorsAsync(response))
            {
                var top = field.Split('.', '[')[0];
                if (!required.Contains(top) && !(anyOf && schema["properties"]?[top] is not null))
                {
                    mismatches.Add($"{operation}: '{top}' refused in an empty body, not marked required");
                }
            }
        }

        Assert.That(checkedOperations, Is.GreaterThanOrEqualTo(25));
        Assert.That(mismatches.Distinct(), Is.Empty, string.Join("\n", mismatches.Distinct()));
    }

    [Test]
    public async Task ABodyOfTheRequiredPropertiesAlone_IsNeverRefusedForAMissingOne()
    {
        var mismatches = new List<string>();
        await foreach (var (operation, _, response, body) in SendRefinedAsync())
        {
            foreach (var field in await FieldErrorsAsync(response))
            {
                if (!Present(body, field))
                {
                    mismatches.Add($"{operation}: '{field}' refused when absent, not marked required");
                }
            }
        }

        Assert.That(mismatches.Distinct(), Is.Empty, string.Join("\n", mismatches.Distinct()));
    }

    private async IAsyncEnumerable<(string Operation, JsonNode Schema, HttpResponseMessage Response)> SendEachAsync(Func<JsonNode, string> body)
    {
        var document = await Client.GetAsync("/swagger/v1/swagger.json").ExpectAsync(HttpStatusCode.OK);
        using var client = ClientWith(TestTokens.AllScopes);
        foreach (var (path, method, operation, schema) in JsonBodyOperations(document))
        {
            using var response = await SendAsync(client, method, path, operation, body(schema));
            yield return ($"{method.ToUpperInvariant()} {path}", schema, response);
        }
    }

    // Values the required-only body starts from can be wrong (a code the server does not know): the server then names a
    // property the body has, and the body gets the next enum value; a property it lacks is the finding.
    private async IAsyncEnumerable<(string Operation, JsonNode Schema, HttpResponseMessage Response, JsonNode Body)> SendRefinedAsync()
    {
        var document = await Client.GetAsync("/swagger/v1/swagger.json").ExpectAsync(HttpStatusCode.OK);
        using var client = ClientWith(TestTokens.AllScopes);
        foreach (var (path, method, operation, schema) in JsonBodyOperations(document))
        {
            var bodies = new SchemaBodies(document, requiredOnly: true);
            var json = bodies.For(operation)!;
            var response = await SendAsync(client, method, path, operation, json);
            for (var round = 0; response.StatusCode == HttpStatusCode.BadRequest && round < 8; round++)
            {
                var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync());
                var errors = problem?["errors"]?.AsObject().Select(e => e.Key).ToList() ?? [];
                if (errors.Count == 0 || errors.Any(e => !Present(JsonNode.Parse(json)!, e)) || !bodies.RefineValues(problem))
                {
                    break;
                }

                response.Dispose();
                json = bodies.For(operation)!;
                response = await SendAsync(client, method, path, operation, json);
            }

            using (response)
            {
                yield return ($"{method.ToUpperInvariant()} {path}", schema, response, JsonNode.Parse(json)!);
            }
        }
    }

    private static IEnumerable<(string Path, string Method, JsonNode Operation, JsonNode Schema)> JsonBodyOperations(JsonNode document)
    {
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var content = operation!["requestBody"]?["content"]?.AsObject();
                var json = content?.FirstOrDefault(c => c.Key.Contains("json", StringComparison.Ordinal)).Value;
                if (json?["schema"] is { } schema && method != "patch")
                {
                    yield return (path, method, operation, SchemaBodies.Resolve(document, schema));
                }
            }
        }
    }

    private static HashSet<string> Required(JsonNode schema) =>
        schema["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) ?? [];

    private static async Task<IReadOnlyList<string>> FieldErrorsAsync(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.BadRequest)
        {
            return [];
        }

        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        return problem?["errors"]?.AsObject().Select(e => e.Key).ToList() ?? [];
    }

    // lines[0].code is present when the body has lines with an element 0 that has code.
    private static bool Present(JsonNode body, string field)
    {
        JsonNode? node = body;
        foreach (var part in System.Text.RegularExpressions.Regex.Split(field, @"\.|(?=\[)").Where(p => p.Length > 0))
        {
            node = part[0] == '['
                ? node is JsonArray array && int.Parse(part[1..^1], System.Globalization.CultureInfo.InvariantCulture) is var i && i < array.Count ? array[i] : null
                : node is JsonObject obj ? obj.FirstOrDefault(p => string.Equals(p.Key, part, StringComparison.OrdinalIgnoreCase)).Value : null;
            if (node is null)
            {
                return false;
            }
        }

        return true;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path, JsonNode operation, string body)
    {
        var url = SchemaBodies.Url(path);
        using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url)
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, SchemaBodies.MediaType(operation)),
        };
        return await client.SendAsync(request);
    }
}
