using Iom.Modules.GoverningBodies.Data;
using Mediator;

namespace Iom.Modules.GoverningBodies.Officers;

internal sealed record GetOfficerQuery(Guid Id) : IQuery<OfficerDetails>;

internal sealed class GetOfficerQueryHandler(GoverningBodiesDatabase db) : IQueryHandler<GetOfficerQuery, OfficerDetails>
{
    public async ValueTask<OfficerDetails> Handle(GetOfficerQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return await OfficerRow.GetAsync(read, query.Id, cancellationToken);
    }
}
