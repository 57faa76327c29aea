using System.Net;
using Iom.Api.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Iom.Api.IntegrationTests.Reliability;

/// <summary>
/// Another process holds the module's SQLite file locked: writes answer 503 with Retry-After, then recover by themselves;
/// the host stays ready (degraded), since one module's busy writer must not take every module out of rotation.
/// </summary>
public sealed class DatabaseOutageTests(string provider) : ApiTest(provider)
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Database:CommandTimeoutSeconds"] = "1",
    };

    [Test]
    public async Task LockedDatabase_Gives503AndStaysReadyAsBusy_ThenRecovers()
    {
        if (Factory.Provider != "Sqlite")
        {
            SkipReasons.Ignore("Locks a SQLite file from outside the host; SQL Server outages need a container to stop.");
        }

        var existing = await Client.ScheduleSessionAsync(Unique());
        await using (var intruder = new SqliteConnection($"Data Source={Path.Combine(Factory.SqliteDirectory, "governing_bodies.db")};Pooling=False"))
        {
            await intruder.OpenAsync();
            await using (var hold = intruder.CreateCommand())
            {
                hold.CommandText = "BEGIN EXCLUSIVE;";
                await hold.ExecuteNonQueryAsync();
            }

            var started = DateTime.UtcNow;
            using var write = await Client.PostJsonAsync($"{Http.GoverningBodies}/sessions", GoverningBodiesApi.SessionBody(Unique()));
            Assert.That(write.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), await write.Content.ReadAsStringAsync());
            Assert.That(write.Headers.RetryAfter, Is.Not.Null);
            Assert.That(write.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(DateTime.UtcNow - started, Is.LessThan(TimeSpan.FromSeconds(10)), "no request hangs past the command timeout");
            var ready = await AnonymousClient().GetAsync("/health/ready").ExpectAsync(HttpStatusCode.OK);
            Assert.That(ready["status"]!.GetValue<string>(), Is.EqualTo("Degraded"));
            var store = ready["checks"]!["databases"]!["data"]!["governing_bodies"]!;
            Assert.That(store["description"]!.GetValue<string>(), Does.StartWith("busy"));
            await Client.GetAsync($"{Http.GoverningBodies}/sessions/{existing.Id()}").ExpectAsync(HttpStatusCode.OK);

            await using var release = intruder.CreateCommand();
            release.CommandText = "ROLLBACK;";
            await release.ExecuteNonQueryAsync();
        }

        var recovered = await AnonymousClient().GetAsync("/health/ready").ExpectAsync(HttpStatusCode.OK);
        Assert.That(recovered["status"]!.GetValue<string>(), Is.EqualTo("Healthy"));
        await Client.ScheduleSessionAsync(Unique());
    }
}
