using Iom.Modules.GoverningBodies.Data;
using Iom.SharedKernel.Http;
using Mediator;

namespace Iom.Modules.GoverningBodies.AgendaItems;

internal sealed record GetAgendaItemQuery(Guid Id) : IQuery<AgendaItemDetails>;

internal sealed class GetAgendaItemQueryHandler(GoverningBodiesDatabase db, ICurrentUser user) : IQueryHandler<GetAgendaItemQuery, AgendaItemDetails>
{
    public async ValueTask<AgendaItemDetails> Handle(GetAgendaItemQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return await AgendaItemRow.ReadAsync(read, query.Id, user.HasScope(GoverningBodiesScopes.Restricted), cancellationToken);
    }
}
