using Iom.SharedKernel.Data;

namespace Iom.SharedKernel.Outbox;

/// <summary>What makes a subscriber idempotent: it records the event in its own transaction, and skips one already recorded.</summary>
public static class ProcessedEvents
{
    /// <summary>True the first time <paramref name="handler"/> sees <paramref name="eventId"/>; false on any redelivery.</summary>
    public static async Task<bool> TryMarkAsync(WriteSession session, Guid eventId, string handler, CancellationToken cancellationToken)
    {
        var seen = await session.QuerySingleOrDefaultAsync<long>(OutboxSql.IsProcessed(session.Schema), new { EventId = eventId, Handler = handler }, cancellationToken);
        if (seen > 0)
        {
            return false;
        }

        await session.ExecuteRecordAsync(OutboxSql.MarkProcessed(session.Schema), new { EventId = eventId, Handler = handler, Now = session.Now }, cancellationToken);
        return true;
    }
}
