using Iom.SharedKernel.Data;

namespace Iom.Api.Host.Data;

/// <summary>
/// Looks at every module's SQLite file every few seconds, between requests, so that a file removed, replaced or made
/// read-only is noticed (and writes to it refused) even while no load balancer asks for readiness.
/// </summary>
internal sealed class StoreMonitor(IEnumerable<ModuleDatabase> databases, IConfiguration configuration, ILogger<StoreMonitor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var sqlite = databases.Where(d => d.SqliteFilePath is not null).ToList();
        if (sqlite.Count == 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(configuration.GetValue("Database:StoreCheckSeconds", 2)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var database in sqlite)
            {
                await CheckAsync(database, stoppingToken);
            }
        }
    }

    private async Task CheckAsync(ModuleDatabase database, CancellationToken stoppingToken)
    {
        var wasReadOnly = database.IsReadOnly;
        try
        {
            // Opening checks that the file is still the one the pool has open; then whether it can be written.
            await using (await database.OpenAsync(stoppingToken))
            {
            }

            if (database.CheckReadOnly() != wasReadOnly)
            {
                logger.LogWarning("The {Schema} store is {State}", database.Schema, database.IsReadOnly ? "read-only: writes are refused" : "writable again");
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError("The {Schema} store failed its check: {Reason}", database.Schema, database.LostBecause ?? e.Message);
        }
    }
}
