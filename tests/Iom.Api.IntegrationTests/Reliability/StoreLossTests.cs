using System.Diagnostics;
using System.Net;
using Iom.Api.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Iom.Api.IntegrationTests.Reliability;

/// <summary>
/// A module's SQLite file is removed, replaced or made read-only under the running host: no write is confirmed that a
/// restart would lose, readiness turns 503 and names the module, and the other modules go on answering.
/// </summary>
public abstract class StoreLossTest(string provider) : ApiTest(provider)
{
    protected string StoreFile => Path.Combine(Factory.SqliteDirectory, "governing_bodies.db");

    protected void SqliteOnly()
    {
        if (Factory.Provider != "Sqlite")
        {
            SkipReasons.Ignore("Removes or protects a SQLite file under the host; a SQL Server store cannot be taken away from inside a test.");
        }
    }

    protected async Task ExpectWritesRefusedAndModuleUnreadyAsync(string expectedState)
    {
        using var write = await Client.PostJsonAsync($"{Http.GoverningBodies}/sessions", GoverningBodiesApi.SessionBody(Unique()));
        Assert.That(write.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), await write.Content.ReadAsStringAsync());
        Assert.That(write.Headers.RetryAfter?.Delta, Is.Not.Null.And.GreaterThan(TimeSpan.Zero));
        Assert.That(write.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));

        var ready = await AnonymousClient().GetAsync("/health/ready").ExpectAsync(HttpStatusCode.ServiceUnavailable);
        var stores = ready["checks"]!["databases"]!["data"]!;
        Assert.That(stores["governing_bodies"]!["status"]!.GetValue<string>(), Is.EqualTo("Unhealthy"));
        Assert.That(stores["governing_bodies"]!["description"]!.GetValue<string>(), Does.StartWith(expectedState));
        Assert.That(stores["research"]!["status"]!.GetValue<string>(), Is.EqualTo("Healthy"), "only the broken module is named");

        var research = ClientWith(TestTokens.AllScopes);
        await research.CreateWorkAsync($"W-{Unique()}");
    }
}

public sealed class StoreRemovedTests(string provider) : StoreLossTest(provider)
{
    [Test]
    public async Task RemovedFile_RefusesWrites_AndReadinessNamesTheModule()
    {
        SqliteOnly();
        var before = await Client.ScheduleSessionAsync(Unique());
        foreach (var file in Directory.GetFiles(Factory.SqliteDirectory, "governing_bodies.db*"))
        {
            File.Delete(file);
        }

        await ExpectWritesRefusedAndModuleUnreadyAsync("lost");
        // A read from the removed file would show what a restart cannot: it is refused too.
        await Client.GetAsync($"{Http.GoverningBodies}/sessions/{before.Id()}").ExpectProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.That(File.Exists(StoreFile), Is.False, "no empty file was created in its place");
    }
}

public sealed class StoreReplacedTests(string provider) : StoreLossTest(provider)
{
    [Test]
    public async Task FileReplacedByABackup_RefusesWrites_SoNothingConfirmedGoesMissing()
    {
        SqliteOnly();
        await Client.ScheduleSessionAsync(Unique());
        var backup = StoreFile + ".backup";
        await using (var connection = new SqliteConnection($"Data Source={StoreFile};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var copy = connection.CreateCommand();
            copy.CommandText = "VACUUM INTO $backup";
            copy.Parameters.AddWithValue("$backup", backup);
            await copy.ExecuteNonQueryAsync();
        }

        var afterBackup = await Client.ScheduleSessionAsync(Unique());
        File.Move(backup, StoreFile, overwrite: true);

        await ExpectWritesRefusedAndModuleUnreadyAsync("lost");
        await Client.GetAsync($"{Http.GoverningBodies}/sessions/{afterBackup.Id()}").ExpectProblemAsync(HttpStatusCode.ServiceUnavailable);
    }
}

public sealed class StoreReadOnlyTests(string provider) : StoreLossTest(provider)
{
    [Test]
    public async Task ImmutableFile_RefusesWrites_AndReadinessSaysReadOnly()
    {
        SqliteOnly();
        var before = await Client.ScheduleSessionAsync(Unique());
        // The root user writes through file modes; only the immutable attribute protects a file from it.
        if (!Chattr("+i", StoreFile))
        {
            SkipReasons.Ignore("chattr +i is not available here (needs root and a file system with attributes).");
        }

        try
        {
            await Eventually(async () => (await AnonymousClient().GetAsync("/health/ready")).StatusCode == HttpStatusCode.ServiceUnavailable, "readiness notices");
            await ExpectWritesRefusedAndModuleUnreadyAsync("read-only");
            await Client.GetAsync($"{Http.GoverningBodies}/sessions/{before.Id()}").ExpectAsync(HttpStatusCode.OK);
        }
        finally
        {
            Chattr("-i", StoreFile);
        }

        await Eventually(async () => (await AnonymousClient().GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK, "readiness recovers");
        await Client.ScheduleSessionAsync(Unique());
    }

    private static bool Chattr(string change, string file)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("chattr", [change, file]) { RedirectStandardError = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
