using System.Data.Common;
using Dapper;
using Iom.SharedKernel.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Iom.Api.Host.Data;

/// <summary>
/// Ready when every module's store is the one the host opened, answers, is writable and lists every script the module
/// ships. Each module is reported on its own; a module whose writer is busy (a bulk load) is degraded, not unready, so
/// that one module's long write never takes the host, and every other module with it, out of rotation.
/// </summary>
internal sealed class ModuleDatabasesHealthCheck(IEnumerable<ModuleDatabase> databases) : IHealthCheck
{
    private const int ProbeSeconds = 1;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>();
        var worst = HealthStatus.Healthy;
        foreach (var database in databases)
        {
            var (status, description) = await CheckAsync(database, cancellationToken);
            data[database.Schema] = new ModuleStoreHealth(status.ToString(), description);
            worst = status < worst ? status : worst;
        }

        return worst switch
        {
            HealthStatus.Healthy => HealthCheckResult.Healthy("Every module store is reachable, writable and migrated.", data),
            HealthStatus.Degraded => HealthCheckResult.Degraded("Every module store is usable; a busy one makes its writes wait.", data: data),
            _ => HealthCheckResult.Unhealthy("A module store is unusable: see its entry.", data: data),
        };
    }

    /// <summary>SQL Server: whether the database gives readers the last committed version instead of blocking them (a prerequisite).</summary>
    public const string SnapshotReadsSql = "SELECT is_read_committed_snapshot_on FROM sys.databases WHERE database_id = DB_ID()";

    /// <summary>The scripts a module's journal records as run.</summary>
    public static string JournalSql(string schema) => $"SELECT ScriptName FROM {schema}.{ModuleMigrator.JournalTable}";

    private static async Task<(HealthStatus Status, string Description)> CheckAsync(ModuleDatabase database, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            var scripts = ModuleMigrator.ScriptNames(database.GetType().Assembly, database.Dialect.Provider);
            var journal = await connection.QueryAsync<string>(database.Command(JournalSql(database.Schema), null, cancellationToken));
            var pending = scripts.Except(journal, StringComparer.Ordinal).Count();
            if (pending > 0)
            {
                return (HealthStatus.Unhealthy, $"{pending} migration(s) pending");
            }

            if (await ReadSideProblemAsync(database, scripts, cancellationToken) is { } readSide)
            {
                return (HealthStatus.Unhealthy, readSide);
            }

            if (database.CheckReadOnly())
            {
                return (HealthStatus.Unhealthy, "read-only: writes would fail");
            }

            if (database.Dialect.Provider == DatabaseProvider.SqlServer
                && await connection.ExecuteScalarAsync<bool>(database.Command(SnapshotReadsSql, null, cancellationToken)) == false)
            {
                return (HealthStatus.Unhealthy, "READ_COMMITTED_SNAPSHOT is off: reads would wait behind writes (see README, several hosts on SQL Server)");
            }

            if (database.Dialect.Provider == DatabaseProvider.SqlServer
                && await connection.ExecuteScalarAsync<string>(database.Command(TextComparison.DatabaseCollationSql, null, cancellationToken)) is var collation
                && !string.Equals(collation, TextComparison.SqlServerCollation, StringComparison.Ordinal))
            {
                return (HealthStatus.Unhealthy, $"collation {collation}: codes would compare differently from {TextComparison.SqlServerCollation} (see README, pointing it at SQL Server)");
            }

            return await CanTakeTheWriteLockAsync(connection, cancellationToken)
                ? (HealthStatus.Healthy, "migrated")
                : (HealthStatus.Degraded, "busy: a long write holds the lock, so writes wait or answer 503");
        }
        catch (Iom.SharedKernel.Errors.StoreUnavailableException)
        {
            return (HealthStatus.Unhealthy, "lost: " + database.LostBecause);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (HealthStatus.Unhealthy, "unreachable: " + e.GetType().Name);
        }
    }

    // Queries open their own connections (the files read-only, or the read replica): they must answer and be migrated too.
    private static async Task<string?> ReadSideProblemAsync(ModuleDatabase database, IEnumerable<string> scripts, CancellationToken cancellationToken)
    {
        var side = database.HasReadReplica ? "read replica" : "read-only connection";
        try
        {
            await using var read = await database.ReadAsync(cancellationToken);
            var journal = await read.QueryAsync<string>(JournalSql(database.Schema), null, cancellationToken);
            var pending = scripts.Except(journal, StringComparer.Ordinal).Count();
            return pending > 0 ? $"{side}: {pending} migration(s) not there yet" : null;
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            return $"{side} unreachable: {e.GetType().Name}";
        }
    }

    // SQLite serialises writers: a file another connection holds locked answers reads but not writes, so readiness asks
    // for the write lock (and gives it straight back) with a short timeout. SQL Server locks rows, not the database.
    private static async Task<bool> CanTakeTheWriteLockAsync(System.Data.Common.DbConnection connection, CancellationToken cancellationToken)
    {
        if (connection is not SqliteConnection)
        {
            return true;
        }

        try
        {
            await connection.ExecuteAsync(new CommandDefinition("BEGIN IMMEDIATE; ROLLBACK;", commandTimeout: ProbeSeconds, cancellationToken: cancellationToken));
            return true;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
        {
            return false;
        }
    }

    private sealed record ModuleStoreHealth(string Status, string Description);
}
