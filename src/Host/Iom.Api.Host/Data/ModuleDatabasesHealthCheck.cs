using Dapper;
using Iom.SharedKernel.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Iom.Api.Host.Data;

/// <summary>Ready when every module's database answers and its journal lists every script the module ships.</summary>
internal sealed class ModuleDatabasesHealthCheck(IEnumerable<ModuleDatabase> databases) : IHealthCheck
{
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
                data[database.Schema] = pending.Count == 0 ? "migrated" : $"{pending.Count} migration(s) pending";
                healthy &= pending.Count == 0;
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
