using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.Platform;

/// <summary>
/// JSON that parses but cannot mean one thing (a member named twice, half a surrogate pair) or text no field means (NUL
/// and other controls, bidirectional overrides) is a 400 on every write, never a 500 and never stored.
/// </summary>
public sealed partial class MalformedJsonTests(string provider) : ApiTest(provider)
{
    private static readonly string[] Bodies =
    [
        """{"title":{"en":"x","en":"y"}}""",
        """{"venue":"a","venue":"b"}""",
        """{"venue":"\ud800"}""",
        """{"title":{"en":"\udc00 trailing half"}}""",
        """{"\ud800":"a"}""",
        """{"venue":"Gen\u0000eva"}""",
        """{"title":{"en":"Report\u001b[31m"}}""",
        """{"venue":"\u202Eavenag"}""",
        """{"title":{"en":"x\u2066y"}}""",
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

    [Test]
    public async Task ControlAndBidiCharacters_AreRefused_NamingTheField()
    {
        var session = await Client.ScheduleSessionAsync(Unique());
        var created = await Client.PostJsonAsync($"{Http.GoverningBodies}/sessions", """{"body":"council","kind":"regular","number":7001,"title":{"en":"A\u0000B"},"startDate":"2024-11-26","endDate":"2024-11-28","venue":"Geneva","format":"hybrid"}""")
            .ExpectFieldErrorsAsync("title.en");
        Assert.That(created.Str("detail"), Does.Contain("U+0000"));
        var patched = await Client.PatchJsonAsync($"{Http.GoverningBodies}/sessions/{session.Id()}", """{"venue":"\u202EavenaG"}""").ExpectFieldErrorsAsync("venue");
        Assert.That(patched["errors"]!["venue"]![0]!.GetValue<string>(), Does.Contain("U+202E"));
        await Client.PatchJsonAsync($"{Http.GoverningBodies}/sessions/{session.Id()}", "{\"venue\":\"Palais des Nations\\nSalle XX\\tGen\u00e8ve\"}").ExpectAsync(HttpStatusCode.OK);
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex PathParameter();
}
