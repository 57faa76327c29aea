using Dapper;
using Iom.SharedKernel.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Iom.Api.Host.Data;

/// <summary>Ready when every module's database answers and its journal lists every script the module ships.</summary>
internal sealed class ModuleDatabasesHealthCheck(IEnumerable<ModuleDatabase> databases) : IHealthCheck
{
    private const int ProbeSeconds = 1;

    // SQLite serialises writers: a file another process holds locked answers reads but not writes, so readiness asks for
    // the write lock (and gives it straight back) with a short timeout. SQL Server locks rows, not the database.
    private static async Task<bool> CanTakeTheWriteLockAsync(System.Data.Common.DbConnection connection, CancellationToken cancellationToken)
    {
        if (connection is not Microsoft.Data.Sqlite.SqliteConnection)
        {
            return true;
        }

        try
        {
            await connection.ExecuteAsync(new CommandDefinition("BEGIN IMMEDIATE; ROLLBACK;", commandTimeout: ProbeSeconds, cancellationToken: cancellationToken));
            return true;
        }
        catch (Microsoft.Data.Sqlite.SqliteException e) when (e.SqliteErrorCode is 5 or 6)
        {
            return false;
        }
    }

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>();
        var healthy = true;
        foreach (var database in databases)
        {
            try
            {
                await using var connection = await database.OpenAsync(cancellationToken);
                var journal = await connection.QueryAsync<string>(database.Command(
                    $"SELECT ScriptName FROM {database.Schema}.{ModuleMigrator.JournalTable}", null, cancellationToken));
                var pending = ModuleMigrator.ScriptNames(database.GetType().Assembly, database.Dialect.Provider)
                    .Except(journal, StringComparer.Ordinal).ToList();
                var writable = await CanTakeTheWriteLockAsync(connection, cancellationToken);
                data[database.Schema] = pending.Count > 0 ? $"{pending.Count} migration(s) pending" : writable ? "migrated" : "locked: writes would wait";
                healthy &= pending.Count == 0 && writable;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                data[database.Schema] = "unreachable: " + e.GetType().Name;
                healthy = false;
            }
        }

        return healthy
            ? HealthCheckResult.Healthy("Every module database is reachable and migrated.", data)
            : HealthCheckResult.Unhealthy("A module database is unreachable or not migrated.", data: data);
    }
}
