using Iom.SharedKernel.Data;

namespace Iom.SharedKernel.Outbox;

/// <summary>What makes a subscriber idempotent: it records the event in its own transaction, and skips one already recorded.</summary>
public static class ProcessedEvents
{
    /// <summary>True the first time <paramref name="handler"/> sees <paramref name="eventId"/>; false on any redelivery.</summary>
    public static async Task<bool> TryMarkAsync(WriteSession session, Guid eventId, string handler, CancellationToken cancellationToken)
    {
        // One statement that reads and writes under the same lock: two hosts delivering the same event cannot both win.
        var marked = await session.ExecuteRecordAsync(
            OutboxSql.MarkProcessed(session.Schema, session.Dialect), new { EventId = eventId, Handler = handler, Now = session.Now }, cancellationToken);
        return marked == 1;
    }
}
