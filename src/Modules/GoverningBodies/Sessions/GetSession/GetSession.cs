using Iom.Modules.GoverningBodies.Data;
using Mediator;

namespace Iom.Modules.GoverningBodies.Sessions.GetSession;

internal sealed record GetSessionQuery(Guid Id) : IQuery<SessionDetails>;

internal sealed class GetSessionQueryHandler(GoverningBodiesDatabase db, TimeProvider clock) : IQueryHandler<GetSessionQuery, SessionDetails>
{
    public async ValueTask<SessionDetails> Handle(GetSessionQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var row = await SessionReader.GetAsync(connection, null, query.Id, cancellationToken);
        return row.ToResponse(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
    }
}
