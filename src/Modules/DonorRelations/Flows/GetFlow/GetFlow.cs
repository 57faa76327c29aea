using Iom.Modules.DonorRelations.Data;
using Mediator;

namespace Iom.Modules.DonorRelations.Flows;

internal sealed record GetFlowQuery(Guid Id) : IQuery<FlowDetails>;

internal sealed class GetFlowQueryHandler(DonorRelationsDatabase db) : IQueryHandler<GetFlowQuery, FlowDetails>
{
    public async ValueTask<FlowDetails> Handle(GetFlowQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return await FlowRow.ReadAsync(read, query.Id, cancellationToken);
    }
}
