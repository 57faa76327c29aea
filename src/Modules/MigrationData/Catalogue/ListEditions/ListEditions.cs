using Iom.Modules.MigrationData.Data;
using Iom.SharedKernel.Paging;
using Mediator;

namespace Iom.Modules.MigrationData.Catalogue;

/// <summary>Paging for a dataset's editions.</summary>
/// <param name="DatasetId">The dataset.</param>
/// <param name="Sort">Comma-separated fields, '-' for descending: releasedOn, createdAt. Default -releasedOn.</param>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListEditionsQuery(Guid DatasetId, string? Sort, int? Limit, string? Cursor) : IQuery<Page<EditionDetails>>;

internal sealed class ListEditionsQueryHandler(MigrationDataDatabase db) : IQueryHandler<ListEditionsQuery, Page<EditionDetails>>
{
    private static readonly QueryFilter<ListEditionsQuery> Filter = new QueryFilter<ListEditionsQuery>()
        .Always("e.dataset_id = @DatasetId", q => new { q.DatasetId });

    private static readonly KeysetList<EditionRow> List = new(
        "e.id", r => r.Id, "-releasedOn",
        new SortableField<EditionRow>("releasedOn", "e.released_on", KeyKind.Date, r => r.ReleasedOn),
        new SortableField<EditionRow>("createdAt", "e.created_at", KeyKind.Instant, r => r.CreatedAt));

    public async ValueTask<Page<EditionDetails>> Handle(ListEditionsQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        _ = await DatasetRow.GetAsync(read, query.DatasetId, cancellationToken);
        var filter = Filter.For(query);
        var page = await List.ReadAsync(read, EditionRow.SelectFrom, filter, new PageRequest(query.Sort, query.Limit, query.Cursor), cancellationToken);
        return page.Select(r => r.ToResponse());
    }
}
