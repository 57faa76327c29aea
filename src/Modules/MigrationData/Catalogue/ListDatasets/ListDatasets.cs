using Dapper;
using Iom.Modules.MigrationData.Data;
using Iom.SharedKernel.Data;
using Mediator;

namespace Iom.Modules.MigrationData.Catalogue;

/// <summary>Datasets by code.</summary>
/// <param name="PartnerId">Only this partner's datasets.</param>
internal sealed record ListDatasetsQuery(Guid? PartnerId) : IQuery<IReadOnlyList<DatasetDetails>>;

internal sealed class ListDatasetsQueryHandler(MigrationDataDatabase db) : IQueryHandler<ListDatasetsQuery, IReadOnlyList<DatasetDetails>>
{
    public async ValueTask<IReadOnlyList<DatasetDetails>> Handle(ListDatasetsQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var sql = DatasetRow.SelectFrom + (query.PartnerId is null ? string.Empty : " WHERE d.partner_id = @PartnerId") + " ORDER BY d.code";
        return (await read.QueryAsync<DatasetRow>(sql, new { query.PartnerId }, cancellationToken)).Select(r => r.ToResponse()).ToList();
    }
}
