using Dapper;
using Iom.SharedKernel.Data;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace Iom.Api.Tests.SharedKernel;

/// <summary>The query side's sessions: read-only on SQLite, on the read replica when SQL Server has one.</summary>
public sealed class ReadSessionTests
{
    private const string Primary = "Server=primary.example;Database=iom;User ID=api;Password=secret;Encrypt=True";
    private const string Replica = "Server=listener.example;Database=iom;User ID=reader;Password=secret;Encrypt=True";
    private string _directory = null!;
    private ModuleDatabase _database = null!;

    [SetUp]
    public async Task CreateDatabase()
    {
        _directory = Directory.CreateTempSubdirectory("read-").FullName;
        _database = new ModuleDatabase("read_test", new DatabaseOptions { SqliteDirectory = _directory });
        await File.WriteAllBytesAsync(_database.SqliteFilePath!, []);
        await using var primary = await _database.ReadLatestAsync(CancellationToken.None);
        await primary.Connection.ExecuteAsync("CREATE TABLE read_test.things (name TEXT NOT NULL); INSERT INTO read_test.things VALUES ('first');");
    }

    [TearDown]
    public void DeleteDatabase()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [TestCase("INSERT INTO read_test.things VALUES ('second')")]
    [TestCase("UPDATE read_test.things SET name = 'renamed'")]
    [TestCase("DELETE FROM read_test.things")]
    [TestCase("CREATE TABLE read_test.others (id INTEGER)")]
    public async Task AQuerySession_CannotWrite(string statement)
    {
        await using (var read = await _database.ReadAsync(CancellationToken.None))
        {
            var refused = Assert.ThrowsAsync<SqliteException>(() => read.Connection.ExecuteAsync(statement));
            Assert.That(refused!.SqliteErrorCode, Is.EqualTo(8), "SQLITE_READONLY");
        }

        Assert.That(await NamesAsync(), Is.EqualTo(new[] { "first" }));
    }

    [Test]
    public async Task AQuerySession_SeesWhatTheLastWriteCommitted()
    {
        await using (var read = await _database.ReadAsync(CancellationToken.None))
        {
            Assert.That(await read.Connection.QueryAsync<string>("SELECT name FROM read_test.things"), Is.EqualTo(new[] { "first" }));
        }

        await using (var primary = await _database.ReadLatestAsync(CancellationToken.None))
        {
            await primary.Connection.ExecuteAsync("INSERT INTO read_test.things VALUES ('second')");
        }

        Assert.That(await NamesAsync(), Is.EqualTo(new[] { "first", "second" }));
    }

    [Test]
    public void SqlServer_QueriesGoToTheReplicaWithReadIntent_WhenOneIsConfigured()
    {
        var database = new ModuleDatabase("m", new DatabaseOptions
        {
            Provider = DatabaseProvider.SqlServer, SqlServerConnectionString = Primary, SqlServerReadOnlyConnectionString = Replica,
        });
        var read = new SqlConnectionStringBuilder(database.ReadConnectionString);
        Assert.Multiple(() =>
        {
            Assert.That(database.HasReadReplica, Is.True);
            Assert.That(read.DataSource, Is.EqualTo("listener.example"));
            Assert.That(read.ApplicationIntent, Is.EqualTo(ApplicationIntent.ReadOnly));
            Assert.That(read.CommandTimeout, Is.EqualTo(database.CommandTimeoutSeconds));
        });
    }

    [Test]
    public void SqlServer_QueriesUseThePrimary_WhenNoReplicaIsConfigured()
    {
        var database = new ModuleDatabase("m", new DatabaseOptions { Provider = DatabaseProvider.SqlServer, SqlServerConnectionString = Primary });
        var read = new SqlConnectionStringBuilder(database.ReadConnectionString);
        Assert.Multiple(() =>
        {
            Assert.That(database.HasReadReplica, Is.False);
            Assert.That(read.DataSource, Is.EqualTo("primary.example"));
            Assert.That(read.ApplicationIntent, Is.EqualTo(ApplicationIntent.ReadWrite));
        });
    }

    private async Task<IEnumerable<string>> NamesAsync()
    {
        await using var read = await _database.ReadAsync(CancellationToken.None);
        return await read.Connection.QueryAsync<string>("SELECT name FROM read_test.things ORDER BY rowid");
    }
}
