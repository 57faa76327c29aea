using Iom.Modules.DonorRelations.Data;
using Iom.SharedKernel.Time;
using Mediator;

namespace Iom.Modules.DonorRelations.Pledges;

internal sealed record GetPledgeQuery(Guid Id) : IQuery<PledgeDetails>;

internal sealed class GetPledgeQueryHandler(DonorRelationsDatabase db, TimeProvider clock) : IQueryHandler<GetPledgeQuery, PledgeDetails>
{
    public async ValueTask<PledgeDetails> Handle(GetPledgeQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return await PledgeRow.ReadAsync(read, query.Id, clock.Today(), cancellationToken);
    }
}
