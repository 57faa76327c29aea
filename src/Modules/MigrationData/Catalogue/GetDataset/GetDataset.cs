using Iom.Modules.MigrationData.Data;
using Mediator;

namespace Iom.Modules.MigrationData.Catalogue;

internal sealed record GetDatasetQuery(Guid Id) : IQuery<DatasetDetails>;

internal sealed class GetDatasetQueryHandler(MigrationDataDatabase db) : IQueryHandler<GetDatasetQuery, DatasetDetails>
{
    public async ValueTask<DatasetDetails> Handle(GetDatasetQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return (await DatasetRow.GetAsync(read, query.Id, cancellationToken)).ToResponse();
    }
}
