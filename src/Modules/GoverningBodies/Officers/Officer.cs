using Dapper;
using Iom.Modules.GoverningBodies.Sessions;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;

namespace Iom.Modules.GoverningBodies.Officers;

internal enum OfficerRole
{
    Chair,
    ViceChair,
    Rapporteur,
}

/// <summary>An officer of a session: its Chair, a Vice-Chair or its Rapporteur, elected at the opening.</summary>
/// <param name="Id">Server-made id.</param>
/// <param name="SessionId">The session.</param>
/// <param name="Role">chair or rapporteur (one each per session), or viceChair.</param>
/// <param name="Name">The person elected, as the report of the session names them (H.E. Ms …).</param>
/// <param name="Country">The member state the officer comes from (ISO 3166-1 alpha-3), if any.</param>
/// <param name="ElectedOn">The day of the election, within the session's dates.</param>
/// <param name="Version">Bumped on every change; the ETag.</param>
/// <param name="CreatedAt">When it was recorded.</param>
/// <param name="CreatedBy">Who recorded it.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="UpdatedBy">Who last changed it.</param>
internal sealed record OfficerDetails(
    Guid Id,
    Guid SessionId,
    OfficerRole Role,
    string Name,
    string? Country,
    DateOnly ElectedOn,
    int Version,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy) : IVersionedResource;

internal sealed class OfficerRow
{
    public const string SelectFrom = """
        SELECT o.id, o.session_id, o.role, o.name, o.country, o.elected_on, o.version, o.created_at, o.created_by, o.updated_at, o.updated_by
        FROM governing_bodies.session_officers o
        """;

    private const string ById = SelectFrom + " WHERE o.id = @Id";

    public Guid Id { get; set; }
    public Guid SessionId { get; set; }
    public OfficerRole Role { get; set; }
    public string Name { get; set; } = string.Empty;
    public string? Country { get; set; }
    public DateOnly ElectedOn { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = string.Empty;

    public static async Task<OfficerDetails> GetAsync(IDbSession db, Guid id, CancellationToken cancellationToken) =>
        (await db.QuerySingleOrDefaultAsync<OfficerRow>(ById, new { Id = id }, cancellationToken) ?? throw new NotFoundException("officer", id)).ToResponse();

    public OfficerDetails ToResponse() =>
        new(Id, SessionId, Role, Name, Country?.Trim(), ElectedOn, Version, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy);
}

/// <summary>When officers may be recorded, and what waits for them.</summary>
internal static class OfficerRules
{
    private const string ChairSql = "SELECT COUNT(*) FROM governing_bodies.session_officers WHERE session_id = @SessionId AND role = 'chair'";

    private const string RuleSql = """
        SELECT b.officers_before_agenda FROM governing_bodies.bodies b
        JOIN governing_bodies.sessions s ON s.body_code = b.code
        WHERE s.id = @SessionId
        """;

    /// <summary>Officers are elected at the opening: a session not yet open, or cancelled, has none.</summary>
    public static void EnsureElectable(SessionRow session)
    {
        if (session.Status is SessionStatus.Planned or SessionStatus.NoticeSent or SessionStatus.Cancelled)
        {
            throw new ConflictException(
                "Officers are elected at the opening",
                $"The session is '{session.Status.ToText()}': its officers are elected once it opens.", "session-not-open");
        }
    }

    /// <summary>The election day, within the session's dates (422 otherwise); the opening day by default.</summary>
    public static DateOnly ElectionDay(SessionRow session, DateOnly? electedOn)
    {
        var day = electedOn ?? session.StartDate;
        if (day < session.StartDate || day > session.EndDate)
        {
            throw Invalid.Field("electedOn", $"The session meets from {session.StartDate:yyyy-MM-dd} to {session.EndDate:yyyy-MM-dd}; officers are elected during it.");
        }

        return day;
    }

    /// <summary>
    /// The Council adopts its agenda after electing its officers (its Rules of procedure); a body whose rules say so
    /// refuses the adoption of an agenda item until the session has its Chair.
    /// </summary>
    public static async Task EnsureElectedBeforeAgendaAsync(IDbSession db, Guid sessionId, CancellationToken cancellationToken)
    {
        if (await db.ExecuteScalarAsync<bool>(RuleSql, new { SessionId = sessionId }, cancellationToken)
            && await db.ExecuteScalarAsync<long>(ChairSql, new { SessionId = sessionId }, cancellationToken) == 0)
        {
            throw new ConflictException(
                "Officers not elected",
                "This body adopts its agenda after electing its officers: elect the session's Chair first (POST /sessions/{id}/officers).",
                "officers-not-elected");
        }
    }
}
