using Iom.Modules.GoverningBodies.Data;
using Iom.Modules.GoverningBodies.Sessions;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Mediator;

namespace Iom.Modules.GoverningBodies.MemberStates;

/// <summary>The voting-rights status of the Member States for a session of the Council, as of a day.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="Symbol">The symbol of the restricted document that reports it (C/115/4), when the session has a prefix.</param>
/// <param name="AsOf">The day the report describes; the session's opening day by default.</param>
/// <param name="MemberStates">How many Member States there were on that day.</param>
/// <param name="MayVote">How many of them may vote on that day.</param>
/// <param name="InArrears">The States with an open notification of arrears on that day, by English name: those about to lose the vote, those who lost it, and those the Council maintained or restored.</param>
internal sealed record VotingRightsReport(Guid SessionId, string? Symbol, DateOnly AsOf, int MemberStates, int MayVote, IReadOnlyList<MemberStateStanding> InArrears);

/// <summary>The report for <paramref name="SessionId"/> as of <paramref name="AsOf"/>.</summary>
internal sealed record GetVotingRightsReportQuery(Guid SessionId, DateOnly? AsOf) : IQuery<VotingRightsReport>;

internal sealed class GetVotingRightsReportQueryHandler(GoverningBodiesDatabase db, ICurrentUser user) : IQueryHandler<GetVotingRightsReportQuery, VotingRightsReport>
{
    public async ValueTask<VotingRightsReport> Handle(GetVotingRightsReportQuery query, CancellationToken cancellationToken)
    {
        if (!user.HasScope(GoverningBodiesScopes.Restricted))
        {
            throw new ForbiddenException($"The voting-rights status of Member States is a restricted document: it needs the scope {GoverningBodiesScopes.Restricted}.");
        }

        await using var read = await db.ReadAsync(cancellationToken);
        var session = await SessionReader.GetAsync(read, query.SessionId, cancellationToken);
        var asOf = query.AsOf ?? session.StartDate;
        var members = (await MemberStateRow.StandingsAsync(read, asOf, cancellationToken)).Where(m => m.MemberSince <= asOf).ToList();
        var inArrears = members.Where(m => m.VotingRights.Status != VotingRightsStatus.GoodStanding)
            .OrderBy(m => m.Name.En ?? m.Country, StringComparer.Ordinal).ToList();
        return new VotingRightsReport(
            session.Id, session.SymbolPrefix is null ? null : $"{session.SymbolPrefix}/4", asOf, members.Count, members.Count(m => m.VotingRights.MayVote), inArrears);
    }
}
