using System.Diagnostics;
using System.Net;
using Iom.Api.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Iom.Api.IntegrationTests.Reliability;

/// <summary>
/// The real host as a process: SIGTERM arrives while a write is in flight (held up by another process's lock on the
/// module's SQLite file); the host stops accepting, lets the write finish, and exits 0.
/// </summary>
[NonParallelizable]
public sealed class GracefulShutdownTests
{
    [Test]
    public async Task Sigterm_LetsTheInFlightRequestFinish_AndExitsZero()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            SkipReasons.Ignore("Sends SIGTERM with kill(1).");
        }

        var directory = Directory.CreateTempSubdirectory("iom-shutdown-").FullName;
        var host = HostProcess.Start(AppContext.BaseDirectory, HostProcess.Settings(directory, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["Database__CommandTimeoutSeconds"] = "20",
            ["Shutdown__DrainSeconds"] = "20",
        }));
        using var http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TestTokens.Create("shutdown", TestTokens.GoverningBodiesAll));
        try
        {
            await host.WaitUntilReadyAsync(30);
            await using var intruder = new SqliteConnection($"Data Source={Path.Combine(directory, "governing_bodies.db")};Pooling=False");
            await intruder.OpenAsync();
            await ExecuteAsync(intruder, "BEGIN EXCLUSIVE;");

            var inFlight = http.PostJsonAsync($"{Http.GoverningBodies}/sessions", GoverningBodiesApi.SessionBody(42));
            await Task.Delay(700);
            if (inFlight.IsCompleted)
            {
                Assert.Fail($"The write should wait for the lock, but answered {(int)inFlight.Result.StatusCode}: {await inFlight.Result.Content.ReadAsStringAsync()}");
            }

            using (var kill = Process.Start("kill", $"-TERM {host.Id}"))
            {
                await kill.WaitForExitAsync();
            }

            await Task.Delay(700);
            Assert.That(host.HasExited, Is.False, "the host drains before it exits");
            await ExecuteAsync(intruder, "ROLLBACK;");

            using var response = await inFlight;
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
            Assert.That(await host.WaitForExitAsync(30), Is.True, host.Output);
            Assert.That(host.ExitCode, Is.EqualTo(0));
        }
        finally
        {
            await host.DisposeAsync();
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
