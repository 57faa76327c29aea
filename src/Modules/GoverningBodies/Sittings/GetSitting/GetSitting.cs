using Iom.Modules.GoverningBodies.Data;
using Mediator;

namespace Iom.Modules.GoverningBodies.Sittings;

internal sealed record GetSittingQuery(Guid Id) : IQuery<SittingDetails>;

internal sealed class GetSittingQueryHandler(GoverningBodiesDatabase db) : IQueryHandler<GetSittingQuery, SittingDetails>
{
    public async ValueTask<SittingDetails> Handle(GetSittingQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return await SittingRow.ReadAsync(read, query.Id, cancellationToken);
    }
}
