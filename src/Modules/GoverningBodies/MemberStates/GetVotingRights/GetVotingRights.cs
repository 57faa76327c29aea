using Iom.Modules.GoverningBodies.Data;
using Iom.SharedKernel.Time;
using Mediator;

namespace Iom.Modules.GoverningBodies.MemberStates;

/// <summary>A Member State's voting rights on a day.</summary>
/// <param name="Country">The Member State, in any form the country code list takes.</param>
/// <param name="AsOf">The day; today (UTC) by default.</param>
internal sealed record GetVotingRightsQuery(string Country, DateOnly? AsOf) : IQuery<MemberStateStanding>;

internal sealed class GetVotingRightsQueryHandler(GoverningBodiesDatabase db, TimeProvider clock) : IQueryHandler<GetVotingRightsQuery, MemberStateStanding>
{
    public async ValueTask<MemberStateStanding> Handle(GetVotingRightsQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return await MemberStateRow.StandingAsync(read, query.Country, query.AsOf ?? clock.Today(), cancellationToken);
    }
}
