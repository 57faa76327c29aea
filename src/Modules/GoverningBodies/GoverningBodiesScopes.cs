namespace Iom.Modules.GoverningBodies;

internal static class GoverningBodiesScopes
{
    /// <summary>Reads the module; the host requires it on every GET that does not allow anonymous callers.</summary>
    public const string Read = "governing-bodies:read";

    /// <summary>Needed, on top of read, to see documents whose distribution is restricted.</summary>
    public const string Restricted = "governing-bodies:restricted";

    /// <summary>Needed, on top of read, to see the personal details of the people who register (the audit trail never keeps them).</summary>
    public const string PersonalData = "governing-bodies:personal-data";
}

/// <summary>The names resources go by in the audit trail.</summary>
internal static class AuditedEntities
{
    public const string Session = "session";
    public const string AgendaItem = "agendaItem";
    public const string Document = "document";
    public const string TranslationJob = "translationJob";
    public const string Resolution = "resolution";
    public const string Officer = "officer";
    public const string Sitting = "sitting";
    public const string Speaker = "speaker";
    public const string MemberState = "memberState";
    public const string ArrearsNotification = "arrearsNotification";
    public const string Observer = "observer";
    public const string Delegation = "delegation";
    public const string Registration = "registration";
}
