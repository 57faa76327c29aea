using Iom.Modules.GoverningBodies.Bodies;
using Iom.SharedKernel.Domain;

namespace Iom.Modules.GoverningBodies.Sessions;

internal enum SessionKind
{
    Regular,
    Special,
    InformalConsultation,
    Idm,
    MinisterialConference,
}

internal enum SessionFormat
{
    InPerson,
    Hybrid,
    Virtual,
}

internal enum SessionStatus
{
    Planned,
    NoticeSent,
    InSession,
    Closed,
    ReportAdopted,
    Cancelled,
}

/// <summary>The rules of procedure a session follows: its status machine, its kinds per body, its notice deadline.</summary>
internal static class SessionRules
{
    public static readonly StateMachine<SessionStatus> Machine = new StateMachine<SessionStatus>("session")
        .Allow("send-notice", SessionStatus.NoticeSent, SessionStatus.Planned)
        .Allow("open", SessionStatus.InSession, SessionStatus.NoticeSent)
        .Allow("close", SessionStatus.Closed, SessionStatus.InSession)
        .Allow("adopt-report", SessionStatus.ReportAdopted, SessionStatus.Closed)
        .Allow("cancel", SessionStatus.Cancelled, SessionStatus.Planned, SessionStatus.NoticeSent);

    /// <summary>What the session's dates say against <paramref name="action"/> today, if anything.</summary>
    public static string? DateContradiction(string action, DateOnly startDate, DateOnly endDate, DateOnly today) => action switch
    {
        "open" or "close" when today < startDate => $"The session starts on {startDate:yyyy-MM-dd}; today is {today:yyyy-MM-dd}.",
        "adopt-report" when today < endDate => $"The session ends on {endDate:yyyy-MM-dd}; today is {today:yyyy-MM-dd}.",
        _ => null,
    };

    public static readonly SessionStatus[] Editable = [SessionStatus.Planned, SessionStatus.NoticeSent, SessionStatus.InSession];

    public static IReadOnlyList<SessionKind> KindsFor(string bodyCode) => bodyCode switch
    {
        "council" or "scpf" => [SessionKind.Regular, SessionKind.Special],
        "idm" => [SessionKind.Idm],
        "informalConsultations" => [SessionKind.InformalConsultation],
        "ministerialConference" => [SessionKind.MinisterialConference],
        _ => [SessionKind.Regular, SessionKind.Special],
    };

    /// <summary>Days of notice the body's rules require for this kind of session, if any.</summary>
    public static int? RequiredNoticeDays(BodyRow body, SessionKind kind) =>
        kind == SessionKind.Special ? body.SpecialNoticeDays : body.RegularNoticeDays;

    /// <summary>The last day the notice may go out: <paramref name="requiredDays"/> full days before the opening.</summary>
    public static DateOnly? NoticeDeadline(DateOnly startDate, int? requiredDays) =>
        requiredDays is null ? null : startDate.AddDays(-requiredDays.Value);

    /// <summary>The symbol prefix a body's regular or special session takes by default (<c>C/115</c>, <c>C/Sp/7</c>, <c>S/34</c>).</summary>
    public static string? DefaultSymbolPrefix(BodyRow body, SessionKind kind, int number) =>
        body.SymbolSeries is null ? null : Symbols.DocumentSymbol.Prefix(body.SymbolSeries, kind == SessionKind.Special && body.SymbolSeries == "C", number);
}
