using Dapper;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;

namespace Iom.Modules.GoverningBodies.Sittings;

/// <summary>A sitting (meeting) of a session: when and where it meets, and the agenda items it takes up in order.</summary>
/// <param name="Id">Server-made id.</param>
/// <param name="SessionId">The session.</param>
/// <param name="Number">Its number in the session (the 3rd meeting: 3).</param>
/// <param name="Date">The day it meets, within the session's dates.</param>
/// <param name="StartTime">Local time it starts, in <paramref name="TimeZone"/>.</param>
/// <param name="EndTime">Local time it ends, the same day.</param>
/// <param name="TimeZone">The venue's IANA time zone (Europe/Zurich for Geneva).</param>
/// <param name="StartsAt">The start as an instant (UTC), the zone's offset on that day applied.</param>
/// <param name="EndsAt">The end as an instant (UTC).</param>
/// <param name="Room">The room it meets in.</param>
/// <param name="Access">public, or private (the SCPF meets in private).</param>
/// <param name="WebcastUrl">Where it is webcast, if it is.</param>
/// <param name="PresidingOfficerId">The officer who presides (the Chair or a Vice-Chair), if named.</param>
/// <param name="Status">scheduled → held, or cancelled.</param>
/// <param name="AgendaItems">The agenda items it takes up, in order.</param>
/// <param name="AllowedActions">Actions allowed from the current status.</param>
/// <param name="Version">Bumped on every change; the ETag.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="CreatedBy">Who created it.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="UpdatedBy">Who last changed it.</param>
internal sealed record SittingDetails(
    Guid Id,
    Guid SessionId,
    int Number,
    DateOnly Date,
    TimeOnly StartTime,
    TimeOnly EndTime,
    string TimeZone,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? Room,
    SittingAccess Access,
    string? WebcastUrl,
    Guid? PresidingOfficerId,
    SittingStatus Status,
    IReadOnlyList<SittingItem> AgendaItems,
    IReadOnlyList<string> AllowedActions,
    int Version,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy) : IVersionedResource;

/// <summary>An agenda item a sitting takes up.</summary>
/// <param name="Id">The agenda item's id.</param>
/// <param name="Number">Its number on the agenda.</param>
/// <param name="Title">Its title in the official languages.</param>
internal sealed record SittingItem(Guid Id, string Number, LocalizedText Title);

internal sealed class SittingRow
{
    public const string SelectFrom = """
        SELECT t.id, t.session_id, t.number, t.sitting_date, t.starts_at, t.ends_at, t.time_zone, t.room, t.access, t.webcast_url,
               t.presiding_officer_id, t.status, t.version, t.created_at, t.created_by, t.updated_at, t.updated_by
        FROM governing_bodies.sittings t
        """;

    private const string ById = SelectFrom + " WHERE t.id = @Id";

    private const string ItemsSql = """
        SELECT i.sitting_id AS SittingId, a.id, a.number, a.title_en, a.title_fr, a.title_es
        FROM governing_bodies.sitting_items i
        JOIN governing_bodies.agenda_items a ON a.id = i.agenda_item_id
        WHERE i.sitting_id IN @Ids
        ORDER BY i.sitting_id, i.position
        """;

    public Guid Id { get; set; }
    public Guid SessionId { get; set; }
    public int Number { get; set; }
    public DateOnly SittingDate { get; set; }
    public TimeOnly StartsAt { get; set; }
    public TimeOnly EndsAt { get; set; }
    public string TimeZone { get; set; } = string.Empty;
    public string? Room { get; set; }
    public SittingAccess Access { get; set; }
    public string? WebcastUrl { get; set; }
    public Guid? PresidingOfficerId { get; set; }
    public SittingStatus Status { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = string.Empty;

    public static async Task<SittingRow> GetRowAsync(IDbSession db, Guid id, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<SittingRow>(ById, new { Id = id }, cancellationToken) ?? throw new NotFoundException("sitting", id);

    public static async Task<SittingDetails> ReadAsync(IDbSession db, Guid id, CancellationToken cancellationToken) =>
        (await ToResponsesAsync(db, [await GetRowAsync(db, id, cancellationToken)], cancellationToken))[0];

    /// <summary>Responses for <paramref name="rows"/>, the agenda items of all of them read in one query.</summary>
    public static async Task<List<SittingDetails>> ToResponsesAsync(IDbSession db, IReadOnlyList<SittingRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var items = (await db.QueryAsync<ItemRow>(ItemsSql, new { Ids = rows.Select(r => r.Id).ToList() }, cancellationToken)).ToLookup(i => i.SittingId);
        return rows.Select(r => new SittingDetails(
            r.Id, r.SessionId, r.Number, r.SittingDate, r.StartsAt, r.EndsAt, r.TimeZone,
            SittingRules.Instant(r.SittingDate, r.StartsAt, r.TimeZone), SittingRules.Instant(r.SittingDate, r.EndsAt, r.TimeZone),
            r.Room, r.Access, r.WebcastUrl, r.PresidingOfficerId, r.Status,
            items[r.Id].Select(i => new SittingItem(i.Id, i.Number, new LocalizedText(i.TitleEn, i.TitleFr, i.TitleEs))).ToList(),
            SittingRules.Machine.AllowedActions(r.Status),
            r.Version, r.CreatedAt, r.CreatedBy, r.UpdatedAt, r.UpdatedBy)).ToList();
    }

    private sealed class ItemRow
    {
        public Guid SittingId { get; set; }
        public Guid Id { get; set; }
        public string Number { get; set; } = string.Empty;
        public string? TitleEn { get; set; }
        public string? TitleFr { get; set; }
        public string? TitleEs { get; set; }
    }
}
