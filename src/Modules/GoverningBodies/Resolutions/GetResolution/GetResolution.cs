using Iom.Modules.GoverningBodies.Data;
using Mediator;

namespace Iom.Modules.GoverningBodies.Resolutions;

internal sealed record GetResolutionQuery(Guid Id) : IQuery<ResolutionDetails>;

internal sealed class GetResolutionQueryHandler(GoverningBodiesDatabase db) : IQueryHandler<GetResolutionQuery, ResolutionDetails>
{
    public async ValueTask<ResolutionDetails> Handle(GetResolutionQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return (await ResolutionRow.GetAsync(read, query.Id, cancellationToken)).ToResponse();
    }
}
