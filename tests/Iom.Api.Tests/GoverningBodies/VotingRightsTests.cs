using Iom.Modules.GoverningBodies.MemberStates;

namespace Iom.Api.Tests.GoverningBodies;

/// <summary>
/// Constitution Art. 4(1) worked by hand: a State the Council was informed of on 28 November 2023 (the 114th session) keeps
/// its vote until 27 November 2024 and loses it on 28 November 2024 (the 115th session) if still in arrears.
/// </summary>
public sealed class VotingRightsTests
{
    private static readonly Guid Case = Guid.NewGuid();
    private static readonly DateOnly Notified = new(2023, 11, 28);

    private static VotingRightsStanding On(string day, DateOnly? settled = null, CouncilDecision? decision = null, DateOnly? decidedOn = null) =>
        VotingRights.On(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), [new ArrearsCase(Case, Notified, settled, decision, decidedOn)]);

    [TestCase("2023-11-27", "GoodStanding", TestName = "the day before the Council is informed")]
    [TestCase("2023-11-28", "ArrearsNotified", TestName = "the day the Council is informed")]
    [TestCase("2024-11-27", "ArrearsNotified", TestName = "the last day of the year of grace")]
    [TestCase("2024-11-28", "Lost", TestName = "one year after, still in arrears")]
    [TestCase("2025-06-01", "Lost", TestName = "months later, still in arrears")]
    public void AStateStillInArrears_LosesItsVoteOneYearAfterTheCouncilIsInformed(string day, string status)
    {
        var expected = Enum.Parse<VotingRightsStatus>(status);
        var standing = On(day);
        Assert.That(standing.Status, Is.EqualTo(expected));
        Assert.That(standing.MayVote, Is.EqualTo(expected != VotingRightsStatus.Lost));
        if (expected != VotingRightsStatus.GoodStanding)
        {
            Assert.That(standing.LosesVoteOn, Is.EqualTo(new DateOnly(2024, 11, 28)));
        }
    }

    [Test]
    public void PayingWithinTheYear_KeepsTheVote_AndPayingAfter_RestoresIt() => Assert.Multiple(() =>
    {
        Assert.That(On("2024-11-28", settled: new DateOnly(2024, 11, 27)).Status, Is.EqualTo(VotingRightsStatus.GoodStanding));
        Assert.That(On("2025-03-01", settled: new DateOnly(2025, 3, 1)).Status, Is.EqualTo(VotingRightsStatus.GoodStanding));
        Assert.That(On("2025-02-28", settled: new DateOnly(2025, 3, 1)).Status, Is.EqualTo(VotingRightsStatus.Lost), "the day before payment");
    });

    [Test]
    public void TheCouncil_MaintainsTheVoteBeforeTheLoss_OrRestoresItAfter() => Assert.Multiple(() =>
    {
        var maintained = On("2024-12-01", decision: CouncilDecision.Maintain, decidedOn: new DateOnly(2024, 11, 27));
        Assert.That(maintained.Status, Is.EqualTo(VotingRightsStatus.MaintainedByCouncil));
        Assert.That(maintained.MayVote, Is.True);
        Assert.That(On("2024-11-26", decision: CouncilDecision.Maintain, decidedOn: new DateOnly(2024, 11, 27)).Status,
            Is.EqualTo(VotingRightsStatus.ArrearsNotified), "before the decision it has not been taken");
        Assert.That(On("2024-11-29", decision: CouncilDecision.Restore, decidedOn: new DateOnly(2024, 11, 29)).Status, Is.EqualTo(VotingRightsStatus.RestoredByCouncil));
        Assert.That(On("2024-11-28", decision: CouncilDecision.Restore, decidedOn: new DateOnly(2024, 11, 29)).Status, Is.EqualTo(VotingRightsStatus.Lost));
    });

    [Test]
    public void OneYearAfterThe29thOfFebruary_IsThe28th() =>
        Assert.That(VotingRights.LossDate(new DateOnly(2024, 2, 29)), Is.EqualTo(new DateOnly(2025, 2, 28)));

    [Test]
    public void ALaterNotification_AfterASettledOne_StartsItsOwnYear()
    {
        var first = new ArrearsCase(Guid.NewGuid(), new DateOnly(2020, 11, 25), new DateOnly(2021, 6, 1), null, null);
        var second = new ArrearsCase(Guid.NewGuid(), new DateOnly(2023, 11, 28), null, null, null);
        var standing = VotingRights.On(new DateOnly(2024, 6, 1), [first, second]);
        Assert.That(standing.Status, Is.EqualTo(VotingRightsStatus.ArrearsNotified));
        Assert.That(standing.ArrearsNotificationId, Is.EqualTo(second.Id));
    }
}
