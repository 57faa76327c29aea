using Iom.Modules.GoverningBodies.Data;
using Mediator;

namespace Iom.Modules.GoverningBodies.MemberStates;

internal sealed record GetMemberStateQuery(string Country) : IQuery<MemberStateDetails>;

internal sealed class GetMemberStateQueryHandler(GoverningBodiesDatabase db) : IQueryHandler<GetMemberStateQuery, MemberStateDetails>
{
    public async ValueTask<MemberStateDetails> Handle(GetMemberStateQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return await MemberStateRow.ReadAsync(read, query.Country, cancellationToken);
    }
}
