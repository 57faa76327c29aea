using System.Net;
using Iom.Api.IntegrationTests.Infrastructure;
using Iom.Modules.MigrationData.Loading;
using Iom.SharedKernel.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Iom.Api.IntegrationTests.MigrationData;

/// <summary>
/// A load job's state is in the database: its progress reads the same from any host, and it belongs to the host whose
/// lease it carries; only an expired lease turns it failed (a host starting up no longer fails another's running job).
/// </summary>
public sealed class LoadJobLeaseTests(string provider) : ApiTest(provider)
{
    [Test]
    public async Task AnotherHostsRunningJob_IsLeftAlone_WhileItsLeaseLasts_AndFailedOnceItExpires()
    {
        if (Factory.Provider != "Sqlite")
        {
            SkipReasons.Ignore("Writes another host's job rows into the module's SQLite file.");
        }

        using var data = ClientWith(TestTokens.AllScopes, subject: "gmdac-analyst");
        var (datasetId, _) = await data.CreateDatasetAsync($"LEASE{Unique()}");
        var edition = await data.CreateEditionAsync(datasetId, "2023", "2023-06-01");
        var alive = Guid.NewGuid();
        var dead = Guid.NewGuid();
        await InsertRunningJobAsync(alive, edition.Id(), DateTimeOffset.UtcNow.AddMinutes(5));
        await InsertRunningJobAsync(dead, edition.Id(), DateTimeOffset.UtcNow.AddMinutes(-1));

        await Factory.Services.GetRequiredService<LoadJobs>().FailExpiredAsync(CancellationToken.None);

        var running = await data.GetAsync($"{MigrationDataApi.Root}/load-jobs/{alive}").ExpectAsync(HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(running.Str("status"), Is.EqualTo("running"), "its host's lease still lasts");
            Assert.That(running["progressPercent"]!.GetValue<double>(), Is.EqualTo(42.5), "progress comes from the row, whichever host answers");
            Assert.That((int)running["rowsRead"]!, Is.EqualTo(1000));
        });
        var failed = await data.GetAsync($"{MigrationDataApi.Root}/load-jobs/{dead}").ExpectAsync(HttpStatusCode.OK);
        Assert.That(failed.Str("status"), Is.EqualTo("failed"));
        Assert.That(failed["errors"]![0]!.Str("message"), Does.Contain("stopped before it finished"));
    }

    [Test]
    public async Task AtStartUp_UploadFilesNoLiveJobNeeds_AreRemoved()
    {
        if (Factory.Provider != "Sqlite")
        {
            SkipReasons.Ignore("Starts a host process on a SQLite folder of its own.");
        }

        var folder = Directory.CreateTempSubdirectory("iom-uploads-").FullName;
        try
        {
            var uploads = Directory.CreateDirectory(Path.Combine(folder, "uploads")).FullName;
            var leftOver = Path.Combine(uploads, $"{Guid.NewGuid()}.upload");
            await File.WriteAllTextAsync(leftOver, "indicator,area,period,value\n");
            await using var host = HostProcess.Start(folder, HostProcess.Settings(Path.Combine(folder, "data"), new Dictionary<string, string>
            {
                ["MigrationData__UploadDirectory"] = uploads,
            }));
            await host.WaitUntilReadyAsync();
            await Eventually(() => Task.FromResult(!File.Exists(leftOver)), "the crash's upload file removed");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task InsertRunningJobAsync(Guid id, string editionId, DateTimeOffset leaseExpiresAt)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(Factory.SqliteDirectory, "migration_data.db")};Pooling=False");
        await connection.OpenAsync();
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO load_jobs (id, edition_id, format, status, file_bytes, rows_read, rows_loaded, error_count, errors, created_at, created_by,
                started_at, finished_at, holder, lease_expires_at, progress_percent)
            VALUES ($id, $edition, 'csv', 'running', 123456, 1000, 0, 0, '[]', $now, 'gmdac-analyst', $now, NULL, 'another-host/1/x', $lease, 42.5)
            """;
        insert.Parameters.AddWithValue("$id", id.ToString().ToUpperInvariant());
        insert.Parameters.AddWithValue("$edition", editionId.ToUpperInvariant());
        insert.Parameters.AddWithValue("$now", DapperTypeHandlers.ToSqliteText(DateTimeOffset.UtcNow));
        insert.Parameters.AddWithValue("$lease", DapperTypeHandlers.ToSqliteText(leaseExpiresAt));
        await insert.ExecuteNonQueryAsync();
    }
}
