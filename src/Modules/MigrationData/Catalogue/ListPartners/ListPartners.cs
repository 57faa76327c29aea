using Iom.Modules.MigrationData.Data;
using Iom.SharedKernel.Paging;
using Mediator;

namespace Iom.Modules.MigrationData.Catalogue;

/// <summary>Paging for the list of data partners.</summary>
/// <param name="Sort">Comma-separated fields, '-' for descending: code, createdAt. Default code.</param>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListPartnersQuery(string? Sort, int? Limit, string? Cursor) : IQuery<Page<PartnerDetails>>;

internal sealed class ListPartnersQueryHandler(MigrationDataDatabase db) : IQueryHandler<ListPartnersQuery, Page<PartnerDetails>>
{
    private static readonly KeysetList<PartnerRow> List = new(
        "id", r => r.Id, "code",
        new SortableField<PartnerRow>("code", "code", KeyKind.Text, r => r.Code),
        new SortableField<PartnerRow>("createdAt", "created_at", KeyKind.Instant, r => r.CreatedAt));

    public async ValueTask<Page<PartnerDetails>> Handle(ListPartnersQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var page = await List.ReadAsync(read, PartnerRow.SelectFrom, new SqlFilter(), new PageRequest(query.Sort, query.Limit, query.Cursor), cancellationToken);
        return page.Select(r => r.ToResponse());
    }
}
