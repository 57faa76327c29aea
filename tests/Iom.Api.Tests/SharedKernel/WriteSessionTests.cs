using Dapper;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Iom.Api.Tests.SharedKernel;

/// <summary>The unit of work against a real SQLite module database: what commits, what rolls back, what is refused.</summary>
public sealed class WriteSessionTests
{
    private string _directory = null!;
    private ModuleDatabase _database = null!;
    private WriteSessions _sessions = null!;

    [SetUp]
    public async Task CreateDatabase()
    {
        _directory = Directory.CreateTempSubdirectory("uow-").FullName;
        _database = new ModuleDatabase("uow_test", new DatabaseOptions { SqliteDirectory = _directory });
        // The module's file exists before its first session, as the migrator leaves it; a missing one is a lost store.
        await File.WriteAllBytesAsync(_database.SqliteFilePath!, []);
        var user = new Caller();
        _sessions = new WriteSessions(new AuditTrail(user, TimeProvider.System, Options.Create(new JsonOptions())), TimeProvider.System, user);
        await using var setup = await _sessions.BeginAsync(_database, CancellationToken.None);
        await setup.Connection.ExecuteAsync("""
            CREATE TABLE uow_test.things (name TEXT NOT NULL);
            CREATE TABLE uow_test.audit_entries (id TEXT, entity_type TEXT, entity_id TEXT, action TEXT, changes TEXT, subject TEXT, client_id TEXT, occurred_at TEXT, trace_id TEXT);
            """, transaction: setup.Transaction);
        await setup.CommitAsync(CancellationToken.None);
    }

    [TearDown]
    public void DeleteDatabase()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Test]
    public async Task AChangeWithoutAnAuditEntry_IsRefused_AndNothingCommits()
    {
        await using (var write = await _sessions.BeginAsync(_database, CancellationToken.None))
        {
            await write.ExecuteAsync("INSERT INTO uow_test.things (name) VALUES ('unaudited')", null, CancellationToken.None);
            Assert.ThrowsAsync<InvalidOperationException>(() => write.CompleteAsync(CancellationToken.None));
        }

        Assert.That(await CountAsync("things"), Is.Zero);
    }

    [Test]
    public async Task AnAuditedChange_CommitsWithItsEntry()
    {
        await using (var write = await _sessions.BeginAsync(_database, CancellationToken.None))
        {
            await write.ExecuteAsync("INSERT INTO uow_test.things (name) VALUES ('audited')", null, CancellationToken.None);
            await write.RecordChangesAsync("thing", Guid.NewGuid(), "create", [], CancellationToken.None);
            await write.CompleteAsync(CancellationToken.None);
        }

        Assert.That((await CountAsync("things"), await CountAsync("audit_entries")), Is.EqualTo((1, 1)));
    }

    [Test]
    public async Task AHeldCommit_IsCompleteButWritesNothingUntilItsOwnerCommits()
    {
        await using (var write = await _sessions.BeginAsync(_database, CancellationToken.None))
        {
            write.HoldCommitForRequest();
            await write.ExecuteAsync("INSERT INTO uow_test.things (name) VALUES ('held')", null, CancellationToken.None);
            await write.RecordChangesAsync("thing", Guid.NewGuid(), "create", [], CancellationToken.None);
            await write.CompleteAsync(CancellationToken.None);
            Assert.That(write.IsComplete, Is.True);
        }

        Assert.That(await CountAsync("things"), Is.Zero, "disposed without its owner's commit, the held work rolls back");
    }

    [Test]
    public async Task ASession_ServesOneCommand()
    {
        await using var write = await _sessions.BeginAsync(_database, CancellationToken.None);
        Assert.ThrowsAsync<InvalidOperationException>(() => write.BeginAsync(_database, CancellationToken.None));
    }

    private async Task<long> CountAsync(string table)
    {
        await using var read = await _database.ReadAsync(CancellationToken.None);
        return await read.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM uow_test.{table}", null, CancellationToken.None);
    }

    private sealed class Caller : ICurrentUser
    {
        public string Subject => "tester";

        public string? ClientId => null;

        public bool HasScope(string scope) => false;
    }
}
