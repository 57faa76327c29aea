using System.Text.Json;
using Dapper;
using Iom.Contracts;
using Iom.SharedKernel.Data;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Iom.SharedKernel.Outbox;

/// <summary>The <c>Outbox</c> section.</summary>
public sealed class OutboxOptions
{
    public bool Enabled { get; set; } = true;

    public int PollMilliseconds { get; set; } = 1000;

    public int BatchSize { get; set; } = 20;

    /// <summary>Failed deliveries before an event is parked for an operator.</summary>
    public int MaxAttempts { get; set; } = 8;

    public int LeaseSeconds { get; set; } = 30;

    public int MaxBackoffSeconds { get; set; } = 300;
}

/// <summary>
/// Delivers every module's outbox to the subscribers, at least once and in order per module: under a lease, so that
/// several hosts never deliver the same module's events at the same time; with exponential backoff on failure, a failed
/// event holding back those after it; parking an event after <see cref="OutboxOptions.MaxAttempts"/> with its error.
/// Scheduling uses the system clock, not the application's, since it is about operations, not business dates.
/// </summary>
public sealed partial class OutboxDispatcher(
    IEnumerable<ModuleDatabase> databases,
    IntegrationEventDelivery delivery,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly string _holder = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DispatchOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogDispatchFailed(logger, e);
            }

            try
            {
                await Task.Delay(options.Value.PollMilliseconds, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        foreach (var database in databases)
        {
            await ReleaseLeaseAsync(database);
        }
    }

    /// <summary>One pass over every module's outbox; <paramref name="stoppingToken"/> is checked between events, never during one.</summary>
    public async Task DispatchOnceAsync(CancellationToken stoppingToken)
    {
        foreach (var database in databases)
        {
            if (!stoppingToken.IsCancellationRequested && await TakeLeaseAsync(database))
            {
                await DispatchModuleAsync(database, stoppingToken);
            }
        }
    }

    private async Task DispatchModuleAsync(ModuleDatabase database, CancellationToken stoppingToken)
    {
        List<OutboxRow> head;
        await using (var connection = await database.OpenAsync(CancellationToken.None))
        {
            head = (await connection.QueryAsync<OutboxRow>(database.Command(
                OutboxSql.Head(database.Schema, database.Dialect), new { options.Value.BatchSize }, CancellationToken.None))).ToList();
        }

        foreach (var message in head)
        {
            if (stoppingToken.IsCancellationRequested || message.NextAttemptAt > DateTimeOffset.UtcNow)
            {
                return;
            }

            var error = await DeliverAsync(message);
            await using var connection = await database.OpenAsync(CancellationToken.None);
            if (error is null)
            {
                await connection.ExecuteAsync(database.Command(OutboxSql.Delivered(database.Schema), new { message.Id, Now = DateTimeOffset.UtcNow }, CancellationToken.None));
                continue;
            }

            var attempts = message.Attempts + 1;
            var parked = attempts >= options.Value.MaxAttempts;
            var backoff = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, attempts), options.Value.MaxBackoffSeconds));
            await connection.ExecuteAsync(database.Command(OutboxSql.Failed(database.Schema), new
            {
                message.Id,
                Status = parked ? OutboxStatus.Parked : OutboxStatus.Pending,
                NextAttemptAt = DateTimeOffset.UtcNow + backoff,
                Error = error.Length > 2000 ? error[..2000] : error,
            }, CancellationToken.None));
            if (parked)
            {
                LogParked(logger, message.Type, message.Id, database.Schema, attempts, error);
                continue;
            }

            LogRetrying(logger, message.Type, message.Id, database.Schema, attempts, backoff.TotalSeconds, error);
            return;
        }
    }

    private async Task<string?> DeliverAsync(OutboxRow message)
    {
        var type = IntegrationEventTypes.Resolve(message.Type);
        if (type is null)
        {
            return $"Unknown event type {message.Type}.";
        }

        try
        {
            var integrationEvent = (IIntegrationEvent)JsonSerializer.Deserialize(message.Payload, type, OutboxWriter.Json)!;
            await delivery.DeliverAsync(integrationEvent, CancellationToken.None);
            return null;
        }
        catch (Exception e)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }

    private async Task<bool> TakeLeaseAsync(ModuleDatabase database)
    {
        var now = DateTimeOffset.UtcNow;
        await using var connection = await database.OpenAsync(CancellationToken.None);
        return await connection.ExecuteAsync(database.Command(
            OutboxSql.TakeLease(database.Schema), new { Holder = _holder, Until = now.AddSeconds(options.Value.LeaseSeconds), Now = now }, CancellationToken.None)) == 1;
    }

    private async Task ReleaseLeaseAsync(ModuleDatabase database)
    {
        try
        {
            await using var connection = await database.OpenAsync(CancellationToken.None);
            await connection.ExecuteAsync(database.Command(OutboxSql.ReleaseLease(database.Schema), new { Holder = _holder, Now = DateTimeOffset.UtcNow }, CancellationToken.None));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogDispatchFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox dispatch failed")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox event {Type} {Id} of {Schema} failed (attempt {Attempts}); retrying in {Seconds} s: {Error}")]
    private static partial void LogRetrying(ILogger logger, string type, Guid id, string schema, int attempts, double seconds, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox event {Type} {Id} of {Schema} parked after {Attempts} attempts: {Error}")]
    private static partial void LogParked(ILogger logger, string type, Guid id, string schema, int attempts, string error);

    private sealed class OutboxRow
    {
        public Guid Id { get; set; }
        public long Sequence { get; set; }
        public string Type { get; set; } = string.Empty;
        public string Payload { get; set; } = string.Empty;
        public int Attempts { get; set; }
        public DateTimeOffset NextAttemptAt { get; set; }
    }
}
