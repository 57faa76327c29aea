using System.Net;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.Reliability;

public sealed class IdempotencyTests(string provider) : ApiTest(provider)
{
    private const string Sessions = Http.GoverningBodies + "/sessions";

    [Test]
    public async Task RetriedTenTimes_CreatesOneRow_AndAnswersTheSameResponseEachTime()
    {
        var number = Unique();
        var key = Guid.NewGuid().ToString();
        var answers = new List<(HttpStatusCode Status, string Body, string? Location, string? ETag, bool Replayed)>();
        for (var i = 0; i < 10; i++)
        {
            using var response = await PostAsync(Client, key, GoverningBodiesApi.SessionBody(number));
            answers.Add((response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location?.ToString(), response.Headers.ETag?.Tag,
                response.Headers.TryGetValues("Idempotent-Replayed", out var replayed) && replayed.Single() == "true"));
        }

        Assert.Multiple(() =>
        {
            Assert.That(answers.Select(a => a.Status), Is.All.EqualTo(HttpStatusCode.Created));
            Assert.That(answers.Select(a => a.Body).Distinct().Count(), Is.EqualTo(1));
            Assert.That(answers.Select(a => a.Location).Distinct().Count(), Is.EqualTo(1));
            Assert.That(answers.Select(a => a.ETag), Is.All.EqualTo("\"1\""));
            Assert.That(answers.Select(a => a.Replayed), Is.EqualTo(new[] { false }.Concat(Enumerable.Repeat(true, 9))));
        });
        Assert.That(await CountSessionsAsync(number), Is.EqualTo(1));
    }

    [Test]
    public async Task SameKey_AnotherBody_Is422AndWritesNothing()
    {
        var key = Guid.NewGuid().ToString();
        var number = Unique();
        await PostAsync(Client, key, GoverningBodiesApi.SessionBody(number)).ExpectAsync(HttpStatusCode.Created);
        var other = Unique();
        var problem = await PostAsync(Client, key, GoverningBodiesApi.SessionBody(other)).ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.That(problem.Str("code"), Is.EqualTo("idempotency-key-reused"));
        Assert.That(await CountSessionsAsync(other), Is.EqualTo(0));
    }

    [Test]
    public async Task Keys_BelongToTheCaller()
    {
        var key = Guid.NewGuid().ToString();
        var number = Unique();
        await PostAsync(Client, key, GoverningBodiesApi.SessionBody(number)).ExpectAsync(HttpStatusCode.Created);
        using var stranger = ClientWith(TestTokens.GoverningBodiesAll, subject: "someone-else");
        var problem = await PostAsync(stranger, key, GoverningBodiesApi.SessionBody(number)).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Str("code"), Is.EqualTo("duplicate"), "the stranger's request ran (and met the natural key); it was not given the first caller's response");
    }

    [Test]
    public async Task Replay_ChecksTheCallersScopesAgain_AndShowsNoRestrictedDocumentWithoutThem()
    {
        var key = Guid.NewGuid().ToString();
        var symbol = $"S/{Unique()}/1";
        var body = new { symbol, type = "report", distribution = "restricted", originalLanguage = "en", title = new { en = "Confidential briefing" } };
        await PostAsync(Client, key, body, $"{Http.GoverningBodies}/documents").ExpectAsync(HttpStatusCode.Created);

        // The same subject and client, whose new token lacks the restricted scope: a fresh request would be a 403, so is the replay.
        using var demoted = ClientWith(["governing-bodies:read", "governing-bodies:write"]);
        using var replay = await PostAsync(demoted, key, body, $"{Http.GoverningBodies}/documents");
        var answer = await replay.Content.ReadAsStringAsync();
        Assert.That(replay.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), answer);
        Assert.That(answer, Does.Not.Contain("Confidential briefing"));
        Assert.That(answer, Does.Contain("governing-bodies:restricted"));

        using var again = await PostAsync(Client, key, body, $"{Http.GoverningBodies}/documents");
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Created), "with the scope back, the stored answer is replayed");
        Assert.That(again.Headers.GetValues("Idempotent-Replayed").Single(), Is.EqualTo("true"));
    }

    [Test]
    public async Task ConcurrentDuplicates_CreateOneRow_OthersAre409OrReplays()
    {
        var key = Guid.NewGuid().ToString();
        var number = Unique();
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => PostAsync(Client, key, GoverningBodiesApi.SessionBody(number))));
        try
        {
            Assert.That(responses.Select(r => r.StatusCode), Is.All.AnyOf(HttpStatusCode.Created, HttpStatusCode.Conflict));
            Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.Created && !r.Headers.Contains("Idempotent-Replayed")), Is.EqualTo(1));
            Assert.That(await CountSessionsAsync(number), Is.EqualTo(1));
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }

    [Test]
    public async Task AFailedRequest_IsNotStored_SoAFixedRetryRuns()
    {
        var key = Guid.NewGuid().ToString();
        var number = Unique();
        await PostAsync(Client, key, new { body = "council", number }).ExpectProblemAsync(HttpStatusCode.BadRequest);
        await PostAsync(Client, key, GoverningBodiesApi.SessionBody(number)).ExpectAsync(HttpStatusCode.Created);
    }

    [Test]
    public async Task AfterTwentyFourHours_TheKeyIsForgotten()
    {
        var key = Guid.NewGuid().ToString();
        var session = await PostAsync(Client, key, GoverningBodiesApi.SessionBody(Unique())).ExpectAsync(HttpStatusCode.Created);
        var body = new { number = "1", title = new { en = "Opening" } };
        var url = $"{Sessions}/{session.Id()}/agenda-items";
        await PostAsync(Client, "item-" + key, body, url).ExpectAsync(HttpStatusCode.Created);
        await PostAsync(Client, "item-" + key, body, url).ExpectAsync(HttpStatusCode.Created);
        Clock.Advance(TimeSpan.FromHours(25));
        var problem = await PostAsync(Client, "item-" + key, body, url).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Str("code"), Is.EqualTo("duplicate"), "run again, not replayed");
    }

    [Test]
    public async Task KeyLongerThan255_Is400()
    {
        var value = new string('k', 256);
        using var request = new HttpRequestMessage(HttpMethod.Post, Sessions) { Content = JsonContent(GoverningBodiesApi.SessionBody(Unique())) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", value);
        await Client.SendAsync(request).ExpectProblemAsync(HttpStatusCode.BadRequest);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string key, object body, string url = Sessions)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent(body) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    private static readonly System.Text.Json.JsonSerializerOptions Web = new(System.Text.Json.JsonSerializerDefaults.Web);

    private static StringContent JsonContent(object body) => new(System.Text.Json.JsonSerializer.Serialize(body, Web), System.Text.Encoding.UTF8, "application/json");

    private async Task<int> CountSessionsAsync(int number)
    {
        var page = await Client.GetAsync($"{Sessions}?body=council&limit=200").ExpectAsync(HttpStatusCode.OK);
        return page["items"]!.AsArray().Count(s => (int)s!["number"]! == number);
    }
}
