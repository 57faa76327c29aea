using Iom.Modules.MigrationData.Data;
using Iom.SharedKernel.Paging;
using Mediator;

namespace Iom.Modules.MigrationData.Catalogue;

/// <summary>Filters and paging for the list of datasets.</summary>
/// <param name="PartnerId">Only this partner's datasets.</param>
/// <param name="Sort">Comma-separated fields, '-' for descending: code, createdAt. Default code.</param>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListDatasetsQuery(Guid? PartnerId, string? Sort, int? Limit, string? Cursor) : IQuery<Page<DatasetDetails>>;

internal sealed class ListDatasetsQueryHandler(MigrationDataDatabase db) : IQueryHandler<ListDatasetsQuery, Page<DatasetDetails>>
{
    private static readonly QueryFilter<ListDatasetsQuery> Filter = new QueryFilter<ListDatasetsQuery>()
        .When(q => q.PartnerId is not null, "d.partner_id = @PartnerId", q => new { q.PartnerId });

    private static readonly KeysetList<DatasetRow> List = new(
        "d.id", r => r.Id, "code",
        new SortableField<DatasetRow>("code", "d.code", KeyKind.Text, r => r.Code),
        new SortableField<DatasetRow>("createdAt", "d.created_at", KeyKind.Instant, r => r.CreatedAt));

    public async ValueTask<Page<DatasetDetails>> Handle(ListDatasetsQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        if (query.PartnerId is { } partnerId)
        {
            _ = await PartnerRow.FindAsync(read, partnerId, cancellationToken)
                ?? throw Iom.SharedKernel.Errors.Invalid.Field("partnerId", $"No partner has the id {partnerId}.");
        }

        var filter = Filter.For(query);
        var page = await List.ReadAsync(read, DatasetRow.SelectFrom, filter, new PageRequest(query.Sort, query.Limit, query.Cursor), cancellationToken);
        return page.Select(r => r.ToResponse());
    }
}
