namespace Iom.Contracts.GoverningBodies;

/// <summary>A governing body adopted a resolution (Media and Communications opens a draft press item from it).</summary>
/// <param name="EventId">Unique id of this event.</param>
/// <param name="OccurredAt">When it was recorded.</param>
/// <param name="ResolutionId">The resolution.</param>
/// <param name="Number">Its number in the global running sequence (1412).</param>
/// <param name="Symbol">Its symbol (C/115/RES/1412).</param>
/// <param name="SessionId">The session that adopted it.</param>
/// <param name="Body">The body's code (council).</param>
/// <param name="TitleEn">Title in English, if given.</param>
/// <param name="TitleFr">Title in French, if given.</param>
/// <param name="TitleEs">Title in Spanish, if given.</param>
/// <param name="AdoptedOn">The day it was adopted.</param>
/// <param name="AdoptionMethod">consensus or vote.</param>
public sealed record ResolutionAdopted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ResolutionId,
    int Number,
    string Symbol,
    Guid SessionId,
    string Body,
    string? TitleEn,
    string? TitleFr,
    string? TitleEs,
    DateOnly AdoptedOn,
    string AdoptionMethod) : IIntegrationEvent;
