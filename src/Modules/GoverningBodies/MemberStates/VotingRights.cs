namespace Iom.Modules.GoverningBodies.MemberStates;

internal enum VotingRightsStatus
{
    GoodStanding,
    ArrearsNotified,
    Lost,
    MaintainedByCouncil,
    RestoredByCouncil,
}

internal enum CouncilDecision
{
    Maintain,
    Restore,
}

/// <summary>What a Member State's voting rights derive from: one time the Council was informed of its arrears.</summary>
/// <param name="Id">The notification.</param>
/// <param name="NotifiedOn">The day the Council was informed.</param>
/// <param name="SettledOn">The day the arrears were paid (or fell below the threshold), if they were.</param>
/// <param name="Decision">The Council's decision to maintain or restore the vote, if any.</param>
/// <param name="DecidedOn">The day of that decision.</param>
internal sealed record ArrearsCase(Guid Id, DateOnly NotifiedOn, DateOnly? SettledOn, CouncilDecision? Decision, DateOnly? DecidedOn);

/// <summary>A Member State's voting rights on a day, derived from the cases, never typed in.</summary>
/// <param name="Status">goodStanding, arrearsNotified (the vote is kept until losesVoteOn), lost, maintainedByCouncil or restoredByCouncil.</param>
/// <param name="AsOf">The day this describes.</param>
/// <param name="ArrearsNotificationId">The notification the status derives from, if any.</param>
/// <param name="NotifiedOn">The day the Council was informed of the arrears.</param>
/// <param name="LosesVoteOn">One year after the Council was informed: the day the vote is lost if still in arrears.</param>
/// <param name="DecidedOn">The day the Council decided to maintain or restore the vote.</param>
internal sealed record VotingRightsStanding(
    VotingRightsStatus Status, DateOnly AsOf, Guid? ArrearsNotificationId, DateOnly? NotifiedOn, DateOnly? LosesVoteOn, DateOnly? DecidedOn)
{
    /// <summary>Whether the state may vote on <see cref="AsOf"/>.</summary>
    public bool MayVote => Status != VotingRightsStatus.Lost;
}

/// <summary>
/// Constitution Art. 4(1), as amended in 1998 (in force 21 November 2013): a Member State whose arrears equal or exceed the
/// contributions due from it for the preceding two years loses its vote one year after the Council is informed, if it is
/// still in arrears then; the Council may by simple majority maintain or restore the vote when the failure is due to
/// conditions beyond the State's control. One year after 29 February is 28 February.
/// </summary>
internal static class VotingRights
{
    public static DateOnly LossDate(DateOnly notifiedOn) => notifiedOn.AddYears(1);

    public static VotingRightsStanding On(DateOnly asOf, IEnumerable<ArrearsCase> cases)
    {
        var open = cases
            .Where(c => c.NotifiedOn <= asOf && (c.SettledOn is null || c.SettledOn > asOf))
            .OrderByDescending(c => c.NotifiedOn)
            .FirstOrDefault();
        if (open is null)
        {
            return new VotingRightsStanding(VotingRightsStatus.GoodStanding, asOf, null, null, null, null);
        }

        var loss = LossDate(open.NotifiedOn);
        var decided = open.Decision is not null && open.DecidedOn <= asOf ? open.Decision : null;
        var status = (decided, asOf >= loss) switch
        {
            (CouncilDecision.Maintain, _) => VotingRightsStatus.MaintainedByCouncil,
            (CouncilDecision.Restore, true) => VotingRightsStatus.RestoredByCouncil,
            (_, true) => VotingRightsStatus.Lost,
            _ => VotingRightsStatus.ArrearsNotified,
        };
        return new VotingRightsStanding(status, asOf, open.Id, open.NotifiedOn, loss, decided is null ? null : open.DecidedOn);
    }
}
