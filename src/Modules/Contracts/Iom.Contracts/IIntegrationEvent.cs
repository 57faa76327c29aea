namespace Iom.Contracts;

/// <summary>A fact one module publishes for others, delivered at least once through the publisher's outbox.</summary>
public interface IIntegrationEvent
{
    /// <summary>Unique per event; subscribers record it so that a second delivery changes nothing.</summary>
    Guid EventId { get; }

    DateTimeOffset OccurredAt { get; }
}
