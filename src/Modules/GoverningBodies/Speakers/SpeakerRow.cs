using Dapper;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;

namespace Iom.Modules.GoverningBodies.Speakers;

internal sealed class SpeakerRow
{
    private const string SelectFrom = """
        SELECT p.id, p.sitting_id, p.agenda_item_id, p.position, p.on_behalf_kind, p.country, p.on_behalf_of, p.speaker_name, p.status,
               p.version, p.created_at, p.created_by, p.updated_at, p.updated_by
        FROM governing_bodies.speakers p
        """;

    private const string ById = SelectFrom + " WHERE p.id = @Id";

    // A sitting's lists in the order it takes up its items, each list in speaking order.
    private const string BySittingsSql = SelectFrom + """

        JOIN governing_bodies.sitting_items i ON i.sitting_id = p.sitting_id AND i.agenda_item_id = p.agenda_item_id
        WHERE p.sitting_id IN @SittingIds
        ORDER BY p.sitting_id, i.position, p.position, p.id
        """;

    public Guid Id { get; set; }
    public Guid SittingId { get; set; }
    public Guid AgendaItemId { get; set; }
    public int Position { get; set; }
    public OnBehalfKind OnBehalfKind { get; set; }
    public string? Country { get; set; }
    public string? OnBehalfOf { get; set; }
    public string? SpeakerName { get; set; }
    public SpeakerStatus Status { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = string.Empty;

    public static async Task<SpeakerDetails> GetAsync(IDbSession db, Guid id, CancellationToken cancellationToken)
    {
        var row = await db.QuerySingleOrDefaultAsync<SpeakerRow>(ById, new { Id = id }, cancellationToken) ?? throw new NotFoundException("speaker", id);
        return row.ToResponse(await StatementFileRow.ForSpeakerAsync(db, id, cancellationToken));
    }

    /// <summary>The speakers of <paramref name="sittingIds"/>, each sitting's items in order and each item's list in speaking order.</summary>
    public static async Task<List<SpeakerDetails>> ForSittingsAsync(IDbSession db, IReadOnlyList<Guid> sittingIds, CancellationToken cancellationToken)
    {
        if (sittingIds.Count == 0)
        {
            return [];
        }

        var rows = (await db.QueryAsync<SpeakerRow>(BySittingsSql, new { SittingIds = sittingIds }, cancellationToken)).ToList();
        var statements = await StatementFileRow.ForSittingsAsync(db, sittingIds, cancellationToken);
        return rows.Select(r => r.ToResponse(statements[r.Id].ToList())).ToList();
    }

    public SpeakerDetails ToResponse(IReadOnlyList<StatementFile> statements)
    {
        var onBehalfOf = new OnBehalfOf(
            OnBehalfKind == OnBehalfKind.Group ? OnBehalfOf : null, OnBehalfKind == OnBehalfKind.Organization ? OnBehalfOf : null, Country?.Trim());
        return new SpeakerDetails(
            Id, SittingId, AgendaItemId, Position, onBehalfOf, onBehalfOf.Kind, onBehalfOf.Name ?? string.Empty, SpeakerName, Status, statements,
            SpeakerRules.Machine.AllowedActions(Status), Version, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy);
    }
}

/// <summary>Keeps one item's list of speakers numbered 1, 2, 3 … as speakers join it, move on it and leave it.</summary>
internal static class SpeakersList
{
    private const string ListSql = """
        SELECT id, position FROM governing_bodies.speakers WHERE sitting_id = @SittingId AND agenda_item_id = @AgendaItemId ORDER BY position, id
        """;

    private const string MoveSql = """
        UPDATE governing_bodies.speakers SET position = @Position, version = version + 1, updated_at = @Now, updated_by = @By WHERE id = @Id
        """;

    /// <summary>
    /// The place <paramref name="speakerId"/> takes at <paramref name="position"/> (the end when null) of its item's list; the
    /// speakers it passes move up or down one, and change version as their place changes.
    /// </summary>
    public static async Task<int> PlaceAsync(WriteSession write, Guid sittingId, Guid agendaItemId, Guid speakerId, int? position, CancellationToken cancellationToken)
    {
        var others = await OthersAsync(write, sittingId, agendaItemId, speakerId, cancellationToken);
        var place = position ?? others.Count + 1;
        if (place > others.Count + 1)
        {
            throw Invalid.Field("position", $"The list has {others.Count} other speaker(s): a place from 1 to {others.Count + 1}.");
        }

        await RenumberAsync(write, others, place, cancellationToken);
        return place;
    }

    /// <summary>Closes the gap a speaker leaves when removed from the list.</summary>
    public static async Task CloseGapAsync(WriteSession write, Guid sittingId, Guid agendaItemId, Guid removedId, CancellationToken cancellationToken)
    {
        var others = await OthersAsync(write, sittingId, agendaItemId, removedId, cancellationToken);
        await RenumberAsync(write, others, others.Count + 1, cancellationToken);
    }

    private static async Task<List<Place>> OthersAsync(WriteSession write, Guid sittingId, Guid agendaItemId, Guid speakerId, CancellationToken cancellationToken) =>
        (await write.QueryAsync<Place>(ListSql, new { SittingId = sittingId, AgendaItemId = agendaItemId }, cancellationToken))
            .Where(s => s.Id != speakerId).ToList();

    // The others keep their order around the free place.
    private static async Task RenumberAsync(WriteSession write, List<Place> others, int freePlace, CancellationToken cancellationToken)
    {
        foreach (var (other, index) in others.Select((o, i) => (o, i)))
        {
            var renumbered = index + 1 < freePlace ? index + 1 : index + 2;
            if (renumbered != other.Position)
            {
                await write.ExecuteAsync(MoveSql, new { other.Id, Position = renumbered, write.Now, write.By }, cancellationToken);
            }
        }
    }

    private sealed class Place
    {
        public Guid Id { get; set; }
        public int Position { get; set; }
    }
}
