namespace Iom.Contracts.GoverningBodies;

/// <summary>A translation job for a publication's language version was opened or moved on: started, delivered or cancelled.</summary>
/// <param name="EventId">Unique id of this event.</param>
/// <param name="OccurredAt">When it moved.</param>
/// <param name="TranslationJobId">The translation job.</param>
/// <param name="ManifestationId">The publication's language version the job produces (from <c>PublicationTranslationApproved</c>).</param>
/// <param name="TargetLanguage">The language produced (ISO 639-1).</param>
/// <param name="Status">requested (the job was opened), inProgress, delivered or cancelled.</param>
public sealed record PublicationTranslationProgressed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid TranslationJobId,
    Guid ManifestationId,
    string TargetLanguage,
    string Status) : IIntegrationEvent;
