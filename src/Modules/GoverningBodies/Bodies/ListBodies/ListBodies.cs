using Iom.Modules.GoverningBodies.Data;
using Iom.SharedKernel.Paging;
using Mediator;

namespace Iom.Modules.GoverningBodies.Bodies;

/// <summary>Paging for the list of governing bodies.</summary>
/// <param name="Sort">Comma-separated fields, '-' for descending: order (as the Constitution lists them), code. Default order.</param>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListBodiesQuery(string? Sort, int? Limit, string? Cursor) : IQuery<Page<GoverningBody>>;

internal sealed class ListBodiesQueryHandler(GoverningBodiesDatabase db) : IQueryHandler<ListBodiesQuery, Page<GoverningBody>>
{
    private static readonly KeysetList<BodyRow> List = new(
        "code", r => r.Code, "order",
        new SortableField<BodyRow>("order", "display_order", KeyKind.Integer, r => r.DisplayOrder),
        new SortableField<BodyRow>("code", "code", KeyKind.Text, r => r.Code));

    public async ValueTask<Page<GoverningBody>> Handle(ListBodiesQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var page = await List.ReadAsync(read, BodyRow.SelectFrom, new SqlFilter(), new PageRequest(query.Sort, query.Limit, query.Cursor), cancellationToken);
        return page.Select(r => r.ToResponse());
    }
}
