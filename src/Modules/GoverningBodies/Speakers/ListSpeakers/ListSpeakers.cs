using Iom.Modules.GoverningBodies.Data;
using Iom.Modules.GoverningBodies.Sittings;
using Iom.SharedKernel.Paging;
using Mediator;

namespace Iom.Modules.GoverningBodies.Speakers;

/// <summary>A sitting's speakers' lists: item by item in the order the sitting takes them up, each in speaking order.</summary>
/// <param name="SittingId">The sitting.</param>
/// <param name="AgendaItemId">Only the list for this agenda item.</param>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListSpeakersQuery(Guid SittingId, Guid? AgendaItemId, int? Limit, string? Cursor) : IQuery<Page<SpeakerDetails>>;

internal sealed class ListSpeakersQueryHandler(GoverningBodiesDatabase db) : IQueryHandler<ListSpeakersQuery, Page<SpeakerDetails>>
{
    public async ValueTask<Page<SpeakerDetails>> Handle(ListSpeakersQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        await SittingRow.GetRowAsync(read, query.SittingId, cancellationToken);
        var speakers = (await SpeakerRow.ForSittingsAsync(read, [query.SittingId], cancellationToken))
            .Where(s => query.AgendaItemId is null || s.AgendaItemId == query.AgendaItemId).ToList();
        return BoundedList.Page(speakers, s => s.Id.ToString(), query.Limit, query.Cursor);
    }
}
