using Iom.Modules.GoverningBodies.Bodies;
using Iom.Modules.GoverningBodies.Sessions;
using Iom.SharedKernel.Errors;

namespace Iom.Api.Tests.GoverningBodies;

public sealed class SessionRulesTests
{
    private static readonly BodyRow Council = new() { Code = "council", SymbolSeries = "C", RegularNoticeDays = 30, SpecialNoticeDays = 15 };
    private static readonly BodyRow Scpf = new() { Code = "scpf", SymbolSeries = "S", RegularNoticeDays = 14, SpecialNoticeDays = 14 };
    private static readonly BodyRow Idm = new() { Code = "idm" };

    [Test]
    public void NoticeDeadline_FollowsTheRulesOfProcedure()
    {
        var opening = new DateOnly(2024, 11, 26);
        Assert.Multiple(() =>
        {
            Assert.That(SessionRules.NoticeDeadline(opening, SessionRules.RequiredNoticeDays(Council, SessionKind.Regular)), Is.EqualTo(new DateOnly(2024, 10, 27)));
            Assert.That(SessionRules.NoticeDeadline(opening, SessionRules.RequiredNoticeDays(Council, SessionKind.Special)), Is.EqualTo(new DateOnly(2024, 11, 11)));
            Assert.That(SessionRules.NoticeDeadline(new DateOnly(2024, 6, 12), SessionRules.RequiredNoticeDays(Scpf, SessionKind.Regular)), Is.EqualTo(new DateOnly(2024, 5, 29)));
            Assert.That(SessionRules.NoticeDeadline(opening, SessionRules.RequiredNoticeDays(Idm, SessionKind.Idm)), Is.Null);
        });
    }

    [TestCase("Regular", 115, "C/115")]
    [TestCase("Special", 7, "C/Sp/7")]
    public void DefaultSymbolPrefix_ForTheCouncil(string kind, int number, string expected) =>
        Assert.That(SessionRules.DefaultSymbolPrefix(Council, Enum.Parse<SessionKind>(kind), number), Is.EqualTo(expected));

    [Test]
    public void DefaultSymbolPrefix_ForBodiesWithoutASeries_IsNone() =>
        Assert.That(SessionRules.DefaultSymbolPrefix(Idm, SessionKind.Idm, 3), Is.Null);

    // Every (status, action) pair: where it leads, or null when the machine must refuse it.
    [TestCase("Planned", "send-notice", "NoticeSent")]
    [TestCase("Planned", "cancel", "Cancelled")]
    [TestCase("Planned", "open", null)]
    [TestCase("Planned", "close", null)]
    [TestCase("Planned", "adopt-report", null)]
    [TestCase("NoticeSent", "open", "InSession")]
    [TestCase("NoticeSent", "cancel", "Cancelled")]
    [TestCase("NoticeSent", "send-notice", null)]
    [TestCase("InSession", "close", "Closed")]
    [TestCase("InSession", "cancel", null)]
    [TestCase("Closed", "adopt-report", "ReportAdopted")]
    [TestCase("Closed", "open", null)]
    [TestCase("ReportAdopted", "close", null)]
    [TestCase("Cancelled", "send-notice", null)]
    public void Machine_AllowsOnlyThePathOfTheRules(string fromState, string action, string? toState)
    {
        var from = Enum.Parse<SessionStatus>(fromState);
        SessionStatus? to = toState is null ? null : Enum.Parse<SessionStatus>(toState);
        if (to is null)
        {
            var refused = Assert.Throws<InvalidTransitionException>(() => SessionRules.Machine.Apply(action, from));
            Assert.That(refused!.Extensions["allowedActions"], Is.EqualTo(SessionRules.Machine.AllowedActions(from)));
        }
        else
        {
            Assert.That(SessionRules.Machine.Apply(action, from), Is.EqualTo(to));
        }
    }

    [Test]
    public void Machine_HasNoWayOutOfFinalStates()
    {
        Assert.That(SessionRules.Machine.AllowedActions(SessionStatus.ReportAdopted), Is.Empty);
        Assert.That(SessionRules.Machine.AllowedActions(SessionStatus.Cancelled), Is.Empty);
    }
}
