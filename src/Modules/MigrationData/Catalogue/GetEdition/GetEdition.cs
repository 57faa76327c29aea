using Iom.Modules.MigrationData.Data;
using Mediator;

namespace Iom.Modules.MigrationData.Catalogue;

internal sealed record GetEditionQuery(Guid Id) : IQuery<EditionDetails>;

internal sealed class GetEditionQueryHandler(MigrationDataDatabase db) : IQueryHandler<GetEditionQuery, EditionDetails>
{
    public async ValueTask<EditionDetails> Handle(GetEditionQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return (await EditionRow.GetAsync(read, query.Id, cancellationToken)).ToResponse();
    }
}
