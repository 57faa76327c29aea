using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;

namespace Iom.Modules.GoverningBodies.Sessions;

/// <summary>A session of a governing body.</summary>
/// <param name="Id">Server-made id.</param>
/// <param name="Body">Code of the governing body (see GET /bodies).</param>
/// <param name="Kind">Regular, special, informal consultation, IDM or ministerial conference.</param>
/// <param name="Number">Its number in the body's sequence (the 115th Council: 115).</param>
/// <param name="SymbolPrefix">Prefix of its documents' symbols (<c>C/115</c>, <c>C/Sp/7</c>, <c>S/34</c>).</param>
/// <param name="Title">Title in the official languages.</param>
/// <param name="Theme">Theme in the official languages, if any.</param>
/// <param name="StartDate">First day.</param>
/// <param name="EndDate">Last day.</param>
/// <param name="Venue">Where it meets.</param>
/// <param name="Format">In person, hybrid or virtual.</param>
/// <param name="Status">Where it stands in planned → noticeSent → inSession → closed → reportAdopted (or cancelled).</param>
/// <param name="Notice">The notice the rules of procedure require and when it went out.</param>
/// <param name="AllowedActions">Actions allowed from the current status (POST /sessions/{id}/{action}).</param>
/// <param name="Version">Bumped on every change; the ETag.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="CreatedBy">Who created it.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="UpdatedBy">Who last changed it.</param>
internal sealed record SessionDetails(
    Guid Id,
    string Body,
    SessionKind Kind,
    int Number,
    string? SymbolPrefix,
    LocalizedText Title,
    LocalizedText? Theme,
    DateOnly StartDate,
    DateOnly EndDate,
    string Venue,
    SessionFormat Format,
    SessionStatus Status,
    SessionNotice Notice,
    IReadOnlyList<string> AllowedActions,
    int Version,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy) : IVersionedResource;

/// <summary>The notice of a session.</summary>
/// <param name="RequiredDays">Days before the opening the rules of procedure require the notice to go out; absent where no rule applies.</param>
/// <param name="Deadline">The last day the notice may go out.</param>
/// <param name="SentAt">When the notice went out.</param>
/// <param name="SentLate">True when the notice went out after the deadline.</param>
/// <param name="Overdue">True when the notice has not gone out and the deadline has passed.</param>
internal sealed record SessionNotice(int? RequiredDays, DateOnly? Deadline, DateTimeOffset? SentAt, bool SentLate, bool Overdue);

internal sealed class SessionRow
{
    public const string SelectFrom = """
        SELECT s.id, s.body_code, s.kind, s.number, s.symbol_prefix, s.title_en, s.title_fr, s.title_es,
               s.theme_en, s.theme_fr, s.theme_es, s.start_date, s.end_date, s.venue, s.format, s.status,
               s.notice_required_days, s.notice_deadline, s.notice_sent_at,
               s.version, s.created_at, s.created_by, s.updated_at, s.updated_by
        FROM governing_bodies.sessions s
        """;

    public Guid Id { get; set; }
    public string BodyCode { get; set; } = string.Empty;
    public SessionKind Kind { get; set; }
    public int Number { get; set; }
    public string? SymbolPrefix { get; set; }
    public string? TitleEn { get; set; }
    public string? TitleFr { get; set; }
    public string? TitleEs { get; set; }
    public string? ThemeEn { get; set; }
    public string? ThemeFr { get; set; }
    public string? ThemeEs { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public string Venue { get; set; } = string.Empty;
    public SessionFormat Format { get; set; }
    public SessionStatus Status { get; set; }
    public int? NoticeRequiredDays { get; set; }
    public DateOnly? NoticeDeadline { get; set; }
    public DateTimeOffset? NoticeSentAt { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = string.Empty;

    public SessionDetails ToResponse(DateOnly today)
    {
        var sentLate = NoticeSentAt is { } sent && NoticeDeadline is { } deadline && DateOnly.FromDateTime(sent.UtcDateTime) > deadline;
        var overdue = NoticeSentAt is null && Status == SessionStatus.Planned && NoticeDeadline is { } due && today > due;
        return new SessionDetails(
            Id, BodyCode, Kind, Number, SymbolPrefix,
            new LocalizedText(TitleEn, TitleFr, TitleEs), LocalizedText.From(ThemeEn, ThemeFr, ThemeEs),
            StartDate, EndDate, Venue, Format, Status,
            new SessionNotice(NoticeRequiredDays, NoticeDeadline, NoticeSentAt, sentLate, overdue),
            SessionRules.Machine.AllowedActions(Status),
            Version, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy);
    }
}
