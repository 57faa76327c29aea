using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.Platform;

/// <summary>JSON that parses but cannot mean one thing (a member named twice, half a surrogate pair) is a 400 on every write, never a 500.</summary>
public sealed partial class MalformedJsonTests(string provider) : ApiTest(provider)
{
    private static readonly string[] Bodies =
    [
        """{"title":{"en":"x","en":"y"}}""",
        """{"venue":"a","venue":"b"}""",
        """{"venue":"\ud800"}""",
        """{"title":{"en":"\udc00 trailing half"}}""",
        """{"\ud800":"a"}""",
    ];

    [Test]
    public async Task EveryPatchAndPost_RefusesAmbiguousJson_With400()
    {
        var document = await Client.GetAsync("/swagger/v1/swagger.json").ExpectAsync(HttpStatusCode.OK);
        using var client = ClientWith(TestTokens.AllScopes);
        var checkedCount = 0;
        await Assert.MultipleAsync(async () =>
        {
            foreach (var (path, item) in document["paths"]!.AsObject())
            {
                foreach (var (method, operation) in item!.AsObject())
                {
                    var mediaType = operation!["requestBody"]?["content"]?.AsObject().Select(c => c.Key).FirstOrDefault(m => m.Contains("json", StringComparison.Ordinal));
                    if (method is not ("patch" or "post") || mediaType is null)
                    {
                        continue;
                    }

                    var url = PathParameter().Replace(path.Replace("{year}", "2024", StringComparison.Ordinal).Replace("{code}", "X.CODE", StringComparison.Ordinal), Guid.NewGuid().ToString());
                    foreach (var body in Bodies)
                    {
                        using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
                        request.Headers.TryAddWithoutValidation("If-Match", "*");
                        using var response = await client.SendAsync(request);
                        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), $"{method.ToUpperInvariant()} {path} with {body}: {await response.Content.ReadAsStringAsync()}");
                    }

                    checkedCount++;
                }
            }
        });
        Assert.That(checkedCount, Is.GreaterThanOrEqualTo(50), "every POST and PATCH with a JSON body");
    }

    [Test]
    public async Task EveryActionWithoutABody_RefusesOne_With400()
    {
        var document = await Client.GetAsync("/swagger/v1/swagger.json").ExpectAsync(HttpStatusCode.OK);
        using var client = ClientWith(TestTokens.AllScopes);
        var bodyless = document["paths"]!.AsObject()
            .Where(p => p.Value!["post"] is { } post && post["requestBody"] is null)
            .Select(p => p.Key).ToList();
        await Assert.MultipleAsync(async () =>
        {
            foreach (var path in bodyless)
            {
                var url = PathParameter().Replace(path.Replace("{language}", "en", StringComparison.Ordinal), Guid.NewGuid().ToString());
                using var response = await client.PostAsync(url, new StringContent("not json at all", Encoding.UTF8, "text/plain"));
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), $"POST {path}: {await response.Content.ReadAsStringAsync()}");
            }
        });
        Assert.That(bodyless, Has.Count.GreaterThanOrEqualTo(40));
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex PathParameter();
}
