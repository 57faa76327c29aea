using Dapper;
using Iom.Modules.MigrationData.Data;
using Iom.SharedKernel.Data;
using Mediator;

namespace Iom.Modules.MigrationData.Catalogue;

internal sealed record ListEditionsQuery(Guid DatasetId) : IQuery<IReadOnlyList<EditionDetails>>;

internal sealed class ListEditionsQueryHandler(MigrationDataDatabase db) : IQueryHandler<ListEditionsQuery, IReadOnlyList<EditionDetails>>
{
    public async ValueTask<IReadOnlyList<EditionDetails>> Handle(ListEditionsQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        _ = await DatasetRow.GetAsync(read, query.DatasetId, cancellationToken);
        var rows = await read.QueryAsync<EditionRow>(EditionRow.SelectFrom + " WHERE e.dataset_id = @DatasetId ORDER BY e.released_on DESC, e.edition_key DESC", new { query.DatasetId }, cancellationToken);
        return rows.Select(r => r.ToResponse()).ToList();
    }
}
