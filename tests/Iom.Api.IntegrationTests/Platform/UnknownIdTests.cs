using System.Net;
using System.Text.Json.Nodes;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.Platform;

/// <summary>Every operation the document lists with an id in its path answers 404 problem for an id that does not exist.</summary>
public sealed class UnknownIdTests(string provider) : ApiTest(provider)
{
    [Test]
    public async Task EveryOperationWithAnId_Answers404ForAnUnknownOne()
    {
        var document = await Client.GetAsync("/swagger/v1/swagger.json").ExpectAsync(HttpStatusCode.OK);
        var checkedOperations = new List<string>();
        using var client = ClientWith(TestTokens.AllScopes);
        var refined = new List<string>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            if (!System.Text.RegularExpressions.Regex.IsMatch(path, @"\{(id|\w+Id)\}"))
            {
                continue;
            }

            foreach (var (method, operation) in item!.AsObject())
            {
                var url = System.Text.RegularExpressions.Regex.Replace(path.Replace("{kind}", "maps", StringComparison.Ordinal), @"\{\w+\}", Guid.NewGuid().ToString());
                // A body that passes validation, so that the answer is about the id, not the body.
                var bodies = new SchemaBodies(document);
                var response = await SendAsync(client, method, url, operation!, bodies);
                for (var round = 0; response.StatusCode == HttpStatusCode.BadRequest && round < 10; round++)
                {
                    if (!bodies.Refine(JsonNode.Parse(await response.Content.ReadAsStringAsync())))
                    {
                        break;
                    }

                    refined.Add(operation!["operationId"]!.GetValue<string>());
                    response.Dispose();
                    response = await SendAsync(client, method, url, operation!, bodies);
                }

                using var answered = response;
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), $"{method.ToUpperInvariant()} {path}: {await response.Content.ReadAsStringAsync()}");
                Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), $"{method} {path}");
                checkedOperations.Add($"{method} {path}");
            }
        }

        Assert.That(checkedOperations, Has.Count.GreaterThanOrEqualTo(20));
        TestContext.Out.WriteLine($"Bodies the server asked more of than the document says (a field not marked required, an enum value not taken here): {string.Join(", ", refined.Distinct())}");
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url, JsonNode operation, SchemaBodies bodies)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url);
        if (method is "patch" or "delete")
        {
            // Required on corrections; the answer is then about the id.
            request.Headers.TryAddWithoutValidation("If-Match", "*");
        }

        if (bodies.For(operation) is { } body)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, SchemaBodies.MediaType(operation));
        }

        return await client.SendAsync(request);
    }
}
