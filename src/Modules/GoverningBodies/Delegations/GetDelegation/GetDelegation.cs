using Iom.Modules.GoverningBodies.Data;
using Mediator;

namespace Iom.Modules.GoverningBodies.Delegations;

internal sealed record GetDelegationQuery(Guid Id) : IQuery<DelegationDetails>;

internal sealed class GetDelegationQueryHandler(GoverningBodiesDatabase db) : IQueryHandler<GetDelegationQuery, DelegationDetails>
{
    public async ValueTask<DelegationDetails> Handle(GetDelegationQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return await DelegationRow.ReadAsync(read, query.Id, cancellationToken);
    }
}
