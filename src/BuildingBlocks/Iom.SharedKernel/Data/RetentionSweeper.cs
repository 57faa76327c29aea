using Iom.SharedKernel.Idempotency;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Iom.SharedKernel.Data;

/// <summary>Bound from the <c>Retention</c> section.</summary>
public sealed class RetentionOptions
{
    /// <summary>Minutes between sweeps of every module.</summary>
    public int SweepMinutes { get; set; } = 60;

    /// <summary>Days a delivered outbox message is kept (for the operators' view) before it is swept.</summary>
    public int DeliveredOutboxDays { get; set; } = 7;
}

/// <summary>
/// Removes what no request can use any more, in every module, in batches of short transactions so that a sweep never
/// holds SQLite's write lock for long: idempotency records past their 24 hours, and outbox messages delivered longer
/// ago than <see cref="RetentionOptions.DeliveredOutboxDays"/> (parked and pending ones stay). Every host sweeps;
/// two sweeping at once delete disjoint or already-deleted rows, which is harmless.
/// </summary>
public sealed class RetentionSweeper(
    IEnumerable<ModuleDatabase> databases, WriteSessions sessions, TimeProvider clock, IOptions<RetentionOptions> options, ILogger<RetentionSweeper> logger)
    : BackgroundService
{
    private const int BatchSize = 1000;

    /// <summary>The sweep's statements for a module's schema on an engine; the schema is a name from code, never input.</summary>
    public static IReadOnlyList<string> Statements(string schema, SqlDialect dialect) =>
        dialect.Provider == DatabaseProvider.SqlServer
            ?
            [
                $"DELETE TOP ({BatchSize}) FROM {schema}.idempotency_records WHERE created_at <= @Cutoff",
                $"DELETE TOP ({BatchSize}) FROM {schema}.outbox_messages WHERE status = 'delivered' AND delivered_at <= @Cutoff",
            ]
            :
            [
                $"DELETE FROM {schema}.idempotency_records WHERE rowid IN (SELECT rowid FROM {schema}.idempotency_records WHERE created_at <= @Cutoff LIMIT {BatchSize})",
                $"DELETE FROM {schema}.outbox_messages WHERE rowid IN (SELECT rowid FROM {schema}.outbox_messages WHERE status = 'delivered' AND delivered_at <= @Cutoff LIMIT {BatchSize})",
            ];

    /// <summary>Sweeps every module once; the number of rows removed.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var removed = 0;
        foreach (var database in databases)
        {
            var statements = Statements(database.Schema, database.Dialect);
            // Idempotency records are stamped with the host's clock, deliveries with the wall clock (as leases are).
            var cutoffs = new[] { now - IdempotencyFilter.Lifetime, DateTimeOffset.UtcNow.AddDays(-options.Value.DeliveredOutboxDays) };
            for (var i = 0; i < statements.Count; i++)
            {
                int batch;
                do
                {
                    await using var write = await sessions.BeginAsync(database, cancellationToken, onBehalfOf: "retention");
                    batch = await write.ExecuteRecordAsync(statements[i], new { Cutoff = cutoffs[i] }, cancellationToken);
                    await write.CommitAsync(cancellationToken);
                    removed += batch;
                }
                while (batch == BatchSize);
            }
        }

        return removed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, options.Value.SweepMinutes)));
        do
        {
            try
            {
                var removed = await SweepAsync(stoppingToken);
                logger.LogInformation("Retention sweep removed {Rows} expired idempotency records and delivered outbox messages", removed);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Retention sweep failed; the next one retries");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
