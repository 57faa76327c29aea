using Iom.Modules.DonorRelations.Data;
using Mediator;

namespace Iom.Modules.DonorRelations.Appeals;

internal sealed record GetAppealQuery(Guid Id) : IQuery<AppealDetails>;

internal sealed class GetAppealQueryHandler(DonorRelationsDatabase db) : IQueryHandler<GetAppealQuery, AppealDetails>
{
    public async ValueTask<AppealDetails> Handle(GetAppealQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return await AppealRow.ReadAsync(read, query.Id, cancellationToken);
    }
}
