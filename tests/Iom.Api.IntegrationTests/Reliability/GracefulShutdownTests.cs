using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
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
    private static readonly System.Collections.Concurrent.ConcurrentQueue<string> Output = new();

    [Test]
    public async Task Sigterm_LetsTheInFlightRequestFinish_AndExitsZero()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            SkipReasons.Ignore("Sends SIGTERM with kill(1).");
        }

        var directory = Directory.CreateTempSubdirectory("iom-shutdown-").FullName;
        var port = FreePort();
        using var host = StartHost(directory, port);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TestTokens.Create("shutdown", TestTokens.GoverningBodiesAll));
        try
        {
            await WaitUntilReadyAsync(http, host);
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
            using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await host.WaitForExitAsync(exit.Token);
            Assert.That(host.ExitCode, Is.EqualTo(0));
        }
        finally
        {
            if (!host.HasExited)
            {
                host.Kill(entireProcessTree: true);
            }

            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static Process StartHost(string directory, int port)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Iom.Api.Host.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Database__Sqlite__Directory"] = directory;
        start.Environment["Database__CommandTimeoutSeconds"] = "20";
        start.Environment["Authentication__Issuer"] = TestTokens.Issuer;
        start.Environment["Authentication__Audience"] = TestTokens.Audience;
        start.Environment["Authentication__SigningKeys__0"] = TestTokens.PublicKeyPem;
        start.Environment["Shutdown__DrainSeconds"] = "20";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, line) => Output.Enqueue(line.Data ?? string.Empty);
        process.ErrorDataReceived += (_, line) => Output.Enqueue(line.Data ?? string.Empty);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilReadyAsync(HttpClient http, Process host)
    {
        for (var i = 0; i < 300; i++)
        {
            Assert.That(host.HasExited, Is.False, () => "the host exited during start-up:\n" + string.Join('\n', Output.TakeLast(20)));
            try
            {
                using var ready = await http.GetAsync("/health/ready");
                if (ready.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        Assert.Fail("The host did not become ready in 30 s.");
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
