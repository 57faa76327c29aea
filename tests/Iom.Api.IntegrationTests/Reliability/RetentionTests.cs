using System.Net;
using Iom.Api.IntegrationTests.Infrastructure;
using Iom.SharedKernel.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Iom.Api.IntegrationTests.Reliability;

/// <summary>Idempotency records past their 24 hours and outbox messages delivered before the retention are swept; newer ones stay.</summary>
public sealed class RetentionTests(string provider) : ApiTest(provider)
{
    // Deliveries are stamped with the wall clock, which a test cannot move: a retention of 0 days makes every one old.
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Retention:DeliveredOutboxDays"] = "0" };

    [Test]
    public async Task TheSweep_RemovesExpiredRecordsAndOldDeliveries_AndKeepsTheRest()
    {
        using var operatorClient = ClientWith(["operations:read"], subject: "operator");
        // Another caller's: storing a record also clears that caller's own expired ones, which is not the sweep.
        using var other = ClientWith(TestTokens.GoverningBodiesAll, subject: "another-secretariat-user");
        await other.SendAsync(Keyed("old-key", Unique())).ExpectAsync(HttpStatusCode.Created);
        var document = await Client.RegisterEditedDocumentAsync($"C/{Unique()}/1");
        await Client.PostJsonAsync($"{Http.GoverningBodies}/documents/{document.Id()}/languages/en/issue", null).ExpectAsync(HttpStatusCode.OK);
        await Eventually(async () => await DeliveredAsync(operatorClient) > 0, "the issue event delivered");

        Clock.Advance(TimeSpan.FromHours(25));
        var recentNumber = Unique();
        await PostWithKeyAsync("recent-key", recentNumber);
        var removed = await Factory.Services.GetRequiredService<RetentionSweeper>().SweepAsync(CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(removed, Is.GreaterThanOrEqualTo(2));
            Assert.That(await DeliveredAsync(operatorClient), Is.EqualTo(0), "the delivered message was older than the retention");
            if (Factory.Provider == "Sqlite")
            {
                Assert.That(await IdempotencyKeysAsync(), Is.EqualTo(new[] { "recent-key" }));
            }
        });
        using var replay = await Client.SendAsync(Keyed("recent-key", recentNumber));
        Assert.That(replay.Headers.GetValues("Idempotent-Replayed").Single(), Is.EqualTo("true"), "a record within its 24 hours stays");
    }

    private async Task<System.Text.Json.Nodes.JsonNode> PostWithKeyAsync(string key, int number) =>
        await Client.SendAsync(Keyed(key, number)).ExpectAsync(HttpStatusCode.Created);

    private static HttpRequestMessage Keyed(string key, int number)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Http.GoverningBodies}/sessions")
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(GoverningBodiesApi.SessionBody(number), Web), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    private static async Task<int> DeliveredAsync(HttpClient operatorClient)
    {
        var list = await operatorClient.GetAsync("/api/v1/operations/outbox-messages?status=delivered&limit=200").ExpectAsync(HttpStatusCode.OK);
        return list["items"]!.AsArray().Count;
    }

    private async Task<List<string>> IdempotencyKeysAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(Factory.SqliteDirectory, "governing_bodies.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT idempotency_key FROM idempotency_records ORDER BY idempotency_key";
        var keys = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    private static readonly System.Text.Json.JsonSerializerOptions Web = new(System.Text.Json.JsonSerializerDefaults.Web);
}
