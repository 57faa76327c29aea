using Dapper;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;

namespace Iom.Modules.GoverningBodies.AgendaItems;

internal sealed class AgendaItemRow
{
    public const string SelectFrom = """
        SELECT a.id, a.session_id, a.number, a.sort_key, a.title_en, a.title_fr, a.title_es, a.status,
               a.version, a.created_at, a.created_by, a.updated_at, a.updated_by
        FROM governing_bodies.agenda_items a
        """;

    private const string ById = SelectFrom + " WHERE a.id = @Id";

    private const string DocumentsSql = """
        SELECT l.agenda_item_id AS AgendaItemId, d.id, d.symbol
        FROM governing_bodies.agenda_item_documents l
        JOIN governing_bodies.documents d ON d.id = l.document_id
        WHERE l.agenda_item_id IN @Ids AND (d.distribution <> 'restricted' OR @SeeRestricted = 1)
        ORDER BY d.symbol_sort
        """;

    public Guid Id { get; set; }
    public Guid SessionId { get; set; }
    public string Number { get; set; } = string.Empty;
    public string SortKey { get; set; } = string.Empty;
    public string? TitleEn { get; set; }
    public string? TitleFr { get; set; }
    public string? TitleEs { get; set; }
    public AgendaItemStatus Status { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = string.Empty;

    public static async Task<AgendaItemRow> GetAsync(IDbSession db, Guid id, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<AgendaItemRow>(ById, new { Id = id }, cancellationToken)
        ?? throw new NotFoundException("agenda item", id);

    /// <summary>The response for one agenda item, its linked documents as <paramref name="seeRestricted"/> allows.</summary>
    public static async Task<AgendaItemDetails> ReadAsync(IDbSession db, Guid id, bool seeRestricted, CancellationToken cancellationToken) =>
        (await ToResponsesAsync(db, [await GetAsync(db, id, cancellationToken)], seeRestricted, cancellationToken))[0];

    /// <summary>Responses for <paramref name="rows"/>, their linked documents read in one query (restricted ones only for those who may see them).</summary>
    public static async Task<List<AgendaItemDetails>> ToResponsesAsync(
        IDbSession db, IReadOnlyList<AgendaItemRow> rows, bool seeRestricted, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var links = (await db.QueryAsync<DocumentLink>(DocumentsSql, new { Ids = rows.Select(r => r.Id).ToList(), SeeRestricted = seeRestricted }, cancellationToken))
            .ToLookup(l => l.AgendaItemId);
        return rows.Select(r => new AgendaItemDetails(
            r.Id, r.SessionId, r.Number, AgendaItemRules.ParentNumber(r.Number),
            new LocalizedText(r.TitleEn, r.TitleFr, r.TitleEs), r.Status,
            links[r.Id].Select(l => new LinkedDocument(l.Id, l.Symbol)).ToList(),
            AgendaItemRules.Machine.AllowedActions(r.Status),
            r.Version, r.CreatedAt, r.CreatedBy, r.UpdatedAt, r.UpdatedBy)).ToList();
    }

    private sealed class DocumentLink
    {
        public Guid AgendaItemId { get; set; }
        public Guid Id { get; set; }
        public string Symbol { get; set; } = string.Empty;
    }
}
