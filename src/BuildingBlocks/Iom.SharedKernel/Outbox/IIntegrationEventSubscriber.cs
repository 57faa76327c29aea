using Iom.Contracts;

namespace Iom.SharedKernel.Outbox;

/// <summary>A module's subscriber to another's (or its own) integration event. Make it idempotent with <see cref="ProcessedEvents"/>.</summary>
public interface IIntegrationEventSubscriber<in TEvent>
    where TEvent : IIntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
