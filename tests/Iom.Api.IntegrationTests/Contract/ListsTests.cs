using System.Net;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.Contract;

/// <summary>
/// Every collection is a list as the API conventions say: <c>{items, nextCursor}</c>, <c>limit</c> from 1 to 200, and
/// an opaque cursor that walks the whole collection once, whatever the page size.
/// </summary>
public sealed class ListsTests(string provider) : ApiTest(provider)
{
    [Test]
    public async Task NoOperationAnswersABareArray()
    {
        var document = await Client.GetAsync("/swagger/v1/swagger.json").ExpectAsync(HttpStatusCode.OK);
        var bare = from path in document["paths"]!.AsObject()
                   from operation in path.Value!.AsObject()
                   let schema = operation.Value!["responses"]?["200"]?["content"]?["application/json"]?["schema"]
                   where schema is not null && SchemaBodies.Resolve(document, schema)["type"]?.GetValue<string>() == "array"
                   select $"{operation.Key.ToUpperInvariant()} {path.Key}";
        Assert.That(bare, Is.Empty);
    }

    [Test]
    public async Task EveryListWithoutRequiredParameters_WalksPageByPage_ToTheSameItemsAsOneLargePage()
    {
        var document = await Client.GetAsync("/swagger/v1/swagger.json").ExpectAsync(HttpStatusCode.OK);
        using var client = ClientWith(TestTokens.AllScopes);
        var walked = new List<string>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            var get = item!["get"];
            var parameters = get?["parameters"]?.AsArray() ?? [];
            if (get is null || path.Contains('{', StringComparison.Ordinal) || !parameters.Any(p => p!["name"]!.GetValue<string>() == "cursor")
                || parameters.Any(p => p!["required"]?.GetValue<bool>() == true && p["in"]!.GetValue<string>() == "query"))
            {
                continue;
            }

            var all = await client.GetAsync($"{path}?limit=200").ExpectAsync(HttpStatusCode.OK);
            var expected = all["items"]!.AsArray().Select(i => i!.ToJsonString()).ToList();
            var pages = new List<string>();
            string? cursor = null;
            do
            {
                var page = await client.GetAsync($"{path}?limit=2{(cursor is null ? string.Empty : "&cursor=" + Uri.EscapeDataString(cursor))}").ExpectAsync(HttpStatusCode.OK);
                var items = page["items"]!.AsArray();
                Assert.That(items, Has.Count.LessThanOrEqualTo(2), path);
                pages.AddRange(items.Select(i => i!.ToJsonString()));
                cursor = page["nextCursor"]?.GetValue<string>();
            }
            while (cursor is not null && pages.Count <= 200);

            if (all["nextCursor"] is null)
            {
                Assert.That(pages, Is.EqualTo(expected), $"{path}: pages of 2 answer the items of one page of 200, in order, once each");
            }

            await client.GetAsync($"{path}?limit=0").ExpectFieldErrorsAsync("limit");
            await client.GetAsync($"{path}?cursor=not-a-cursor").ExpectFieldErrorsAsync("cursor");
            walked.Add(path);
        }

        Assert.That(walked, Has.Count.GreaterThanOrEqualTo(10));
        Assert.That(walked, Does.Contain("/api/v1/governing-bodies/bodies").And.Contain("/api/v1/migration-data/countries").And.Contain("/api/v1/operations/outbox-messages"));
    }
}
