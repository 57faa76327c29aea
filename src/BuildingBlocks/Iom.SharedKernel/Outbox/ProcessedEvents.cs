using Iom.SharedKernel.Data;

namespace Iom.SharedKernel.Outbox;

/// <summary>What makes a subscriber idempotent: it records the event in its own transaction, and skips one already recorded.</summary>
public static class ProcessedEvents
{
    /// <summary>True the first time <paramref name="handler"/> sees <paramref name="eventId"/>; false on any redelivery.</summary>
    public static async Task<bool> TryMarkAsync(WriteScope scope, Guid eventId, string handler, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var seen = await scope.QuerySingleOrDefaultAsync<long>(OutboxSql.IsProcessed(scope.Schema), new { EventId = eventId, Handler = handler }, cancellationToken);
        if (seen > 0)
        {
            return false;
        }

        await scope.ExecuteAsync(OutboxSql.MarkProcessed(scope.Schema), new { EventId = eventId, Handler = handler, Now = now }, cancellationToken);
        return true;
    }
}
