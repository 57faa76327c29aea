namespace Iom.Contracts.GoverningBodies;

/// <summary>An official document was issued in one language.</summary>
/// <param name="EventId">Unique id of this event.</param>
/// <param name="OccurredAt">When it was issued.</param>
/// <param name="DocumentId">The document.</param>
/// <param name="Symbol">Its symbol.</param>
/// <param name="Language">The language version issued (ISO 639-1).</param>
/// <param name="Distribution">general, limited or restricted.</param>
public sealed record DocumentLanguageIssued(Guid EventId, DateTimeOffset OccurredAt, Guid DocumentId, string Symbol, string Language, string Distribution)
    : IIntegrationEvent;
