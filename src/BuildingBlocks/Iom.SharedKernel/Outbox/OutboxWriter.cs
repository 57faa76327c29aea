using System.Text.Json;
using Iom.Contracts;
using Iom.SharedKernel.Data;

namespace Iom.SharedKernel.Outbox;

/// <summary>Adds an event to the module's outbox inside the write's own transaction: the change and the event commit together.</summary>
public static class OutboxWriter
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task AddAsync(WriteSession session, IIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        session.ExecuteRecordAsync(OutboxSql.Insert(session.Schema), new
        {
            Id = integrationEvent.EventId,
            Type = IntegrationEventTypes.NameOf(integrationEvent.GetType()),
            Payload = JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), Json),
            integrationEvent.OccurredAt,
            Status = OutboxStatus.Pending,
        }, cancellationToken);
}

public static class OutboxStatus
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Parked = "parked";
}

/// <summary>Event types by the names stored in outboxes: the records of Iom.Contracts.</summary>
public static class IntegrationEventTypes
{
    private static readonly Dictionary<string, Type> ByName = typeof(IIntegrationEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IIntegrationEvent).IsAssignableFrom(t))
        .ToDictionary(NameOf);

    public static string NameOf(Type type) => type.FullName!;

    public static Type? Resolve(string name) => ByName.GetValueOrDefault(name);
}
