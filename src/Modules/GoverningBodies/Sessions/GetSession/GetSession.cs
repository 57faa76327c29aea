using Iom.Modules.GoverningBodies.Data;
using Iom.SharedKernel.Time;
using Mediator;

namespace Iom.Modules.GoverningBodies.Sessions;

internal sealed record GetSessionQuery(Guid Id) : IQuery<SessionDetails>;

internal sealed class GetSessionQueryHandler(GoverningBodiesDatabase db, TimeProvider clock) : IQueryHandler<GetSessionQuery, SessionDetails>
{
    public async ValueTask<SessionDetails> Handle(GetSessionQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var row = await SessionReader.GetAsync(read, query.Id, cancellationToken);
        return row.ToResponse(clock.Today());
    }
}
