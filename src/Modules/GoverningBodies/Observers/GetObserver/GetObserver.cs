using Iom.Modules.GoverningBodies.Data;
using Mediator;

namespace Iom.Modules.GoverningBodies.Observers;

internal sealed record GetObserverQuery(Guid Id) : IQuery<ObserverDetails>;

internal sealed class GetObserverQueryHandler(GoverningBodiesDatabase db) : IQueryHandler<GetObserverQuery, ObserverDetails>
{
    public async ValueTask<ObserverDetails> Handle(GetObserverQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return await ObserverRow.GetAsync(read, query.Id, cancellationToken);
    }
}
