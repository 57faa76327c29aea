using Iom.Modules.Research.Data;
using Iom.SharedKernel.Paging;
using Mediator;

namespace Iom.Modules.Research.Series;

/// <summary>Paging for the list of publication series.</summary>
/// <param name="Sort">Comma-separated fields, '-' for descending: code, createdAt. Default code.</param>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListSeriesQuery(string? Sort, int? Limit, string? Cursor) : IQuery<Page<SeriesDetails>>;

internal sealed class ListSeriesQueryHandler(ResearchDatabase db) : IQueryHandler<ListSeriesQuery, Page<SeriesDetails>>
{
    private static readonly KeysetList<SeriesRow> List = new(
        "s.id", r => r.Id, "code",
        new SortableField<SeriesRow>("code", "s.code", KeyKind.Text, r => r.Code),
        new SortableField<SeriesRow>("createdAt", "s.created_at", KeyKind.Instant, r => r.CreatedAt));

    public async ValueTask<Page<SeriesDetails>> Handle(ListSeriesQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var page = await List.ReadAsync(read, SeriesRow.SelectFrom, new SqlFilter(), new PageRequest(query.Sort, query.Limit, query.Cursor), cancellationToken);
        return page.Select(r => r.ToResponse());
    }
}
