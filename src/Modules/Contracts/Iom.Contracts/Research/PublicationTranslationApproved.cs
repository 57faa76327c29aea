namespace Iom.Contracts.Research;

/// <summary>The translation of a publication into a language was approved: the language version (manifestation) now awaits its text.</summary>
/// <param name="EventId">Unique id of this event.</param>
/// <param name="OccurredAt">When it was approved.</param>
/// <param name="WorkId">The publication (work).</param>
/// <param name="ManifestationId">The language version to produce; the answer comes back naming it.</param>
/// <param name="PublicationCode">The publication's code (PUB2024/012/EL).</param>
/// <param name="Title">The publication's title in its original language.</param>
/// <param name="SourceLanguage">The language translated from (ISO 639-1).</param>
/// <param name="TargetLanguage">The language to produce (ISO 639-1).</param>
/// <param name="DueOn">When the translation is needed.</param>
/// <param name="WordCount">Words to translate, if counted.</param>
public sealed record PublicationTranslationApproved(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid WorkId,
    Guid ManifestationId,
    string PublicationCode,
    string Title,
    string SourceLanguage,
    string TargetLanguage,
    DateOnly DueOn,
    int? WordCount) : IIntegrationEvent;
