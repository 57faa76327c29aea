using Iom.Modules.Research.Data;
using Iom.Modules.Research.Works;
using Iom.SharedKernel.Paging;
using Mediator;

namespace Iom.Modules.Research.Manifestations;

/// <summary>Paging for a work's language versions, in language and format order.</summary>
/// <param name="WorkId">The work.</param>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListManifestationsQuery(Guid WorkId, int? Limit, string? Cursor) : IQuery<Page<ManifestationDetails>>;

internal sealed class ListManifestationsQueryHandler(ResearchDatabase db) : IQueryHandler<ListManifestationsQuery, Page<ManifestationDetails>>
{
    public async ValueTask<Page<ManifestationDetails>> Handle(ListManifestationsQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        _ = await WorkRow.GetAsync(read, query.WorkId, cancellationToken);
        var all = (await ManifestationRow.ForWorkAsync(read, query.WorkId, cancellationToken)).Select(m => m.ToResponse()).ToList();
        return BoundedList.Page(all, m => m.Id.ToString(), query.Limit, query.Cursor);
    }
}
