namespace Iom.Contracts.GoverningBodies;

/// <summary>A session of a governing body was scheduled.</summary>
/// <param name="EventId">Unique id of this event.</param>
/// <param name="OccurredAt">When it was scheduled.</param>
/// <param name="SessionId">The session.</param>
/// <param name="Body">The body's code (council, scpf, idm).</param>
/// <param name="Kind">regular, special, informalConsultation, idm or ministerialConference.</param>
/// <param name="Number">Its number in the body's sequence.</param>
/// <param name="SymbolPrefix">Prefix of its documents' symbols (C/115), if any.</param>
/// <param name="StartDate">First day.</param>
/// <param name="EndDate">Last day.</param>
/// <param name="Venue">Where it meets.</param>
/// <param name="Format">inPerson, hybrid or virtual.</param>
public sealed record SessionScheduled(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid SessionId,
    string Body,
    string Kind,
    int Number,
    string? SymbolPrefix,
    DateOnly StartDate,
    DateOnly EndDate,
    string Venue,
    string Format) : IIntegrationEvent;

/// <summary>A session's dates or venue changed.</summary>
/// <param name="EventId">Unique id of this event.</param>
/// <param name="OccurredAt">When it changed.</param>
/// <param name="SessionId">The session.</param>
/// <param name="SymbolPrefix">Prefix of its documents' symbols, if any.</param>
/// <param name="PreviousStartDate">First day before the change.</param>
/// <param name="PreviousEndDate">Last day before the change.</param>
/// <param name="PreviousVenue">Venue before the change.</param>
/// <param name="StartDate">First day now.</param>
/// <param name="EndDate">Last day now.</param>
/// <param name="Venue">Venue now.</param>
public sealed record SessionRescheduled(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid SessionId,
    string? SymbolPrefix,
    DateOnly PreviousStartDate,
    DateOnly PreviousEndDate,
    string PreviousVenue,
    DateOnly StartDate,
    DateOnly EndDate,
    string Venue) : IIntegrationEvent;
