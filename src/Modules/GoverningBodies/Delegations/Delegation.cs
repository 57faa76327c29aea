using Iom.SharedKernel.Domain;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;

namespace Iom.Modules.GoverningBodies.Delegations;

internal enum DelegationKind
{
    MemberState,
    Observer,
}

internal enum CredentialsStatus
{
    NotReceived,
    Received,
    Examined,
    Accepted,
    Provisional,
}

/// <summary>
/// Credentials: the formal communication from the State (or organization) to the Director General naming its delegation,
/// which the Director General examines and reports on (Rules of procedure of the Council).
/// </summary>
internal static class CredentialsRules
{
    public static readonly StateMachine<CredentialsStatus> Machine = new StateMachine<CredentialsStatus>("credentials")
        .Allow("receive-credentials", CredentialsStatus.Received, CredentialsStatus.NotReceived)
        .Allow("examine-credentials", CredentialsStatus.Examined, CredentialsStatus.Received)
        .Allow("accept-credentials", CredentialsStatus.Accepted, CredentialsStatus.Examined, CredentialsStatus.Provisional)
        .Allow("accept-credentials-provisionally", CredentialsStatus.Provisional, CredentialsStatus.Examined);
}

/// <summary>A delegation to a session: a Member State's or an observer's.</summary>
/// <param name="Id">Server-made id.</param>
/// <param name="SessionId">The session.</param>
/// <param name="Kind">memberState or observer.</param>
/// <param name="Country">The Member State (ISO 3166-1 alpha-3), for a Member State's delegation; the observer state's for an observer that is a state.</param>
/// <param name="ObserverId">The observer, for an observer's delegation.</param>
/// <param name="Name">The State's or the organization's name.</param>
/// <param name="Credentials">Where its credentials stand.</param>
/// <param name="Members">Its head, representatives, alternates, advisers and observers: the people registered in it and not rejected or withdrawn.</param>
/// <param name="AllowedActions">Credentials actions allowed from the current status.</param>
/// <param name="Version">Bumped on every change; the ETag.</param>
/// <param name="CreatedAt">When it was recorded.</param>
/// <param name="CreatedBy">Who recorded it.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="UpdatedBy">Who last changed it.</param>
internal sealed record DelegationDetails(
    Guid Id,
    Guid SessionId,
    DelegationKind Kind,
    string? Country,
    Guid? ObserverId,
    LocalizedText Name,
    Credentials Credentials,
    DelegationMembers Members,
    IReadOnlyList<string> AllowedActions,
    int Version,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy) : IVersionedResource;

/// <summary>A delegation's credentials.</summary>
/// <param name="Status">notReceived → received → examined → accepted, or provisional (then accepted).</param>
/// <param name="Reference">The formal communication that carries them (a note verbale's number and date, a letter).</param>
/// <param name="ReceivedOn">The day the Director General received them.</param>
internal sealed record Credentials(CredentialsStatus Status, string? Reference, DateOnly? ReceivedOn);

/// <summary>Who is in a delegation, by role.</summary>
/// <param name="Head">The head of the delegation, if one is designated.</param>
/// <param name="Representatives">Representatives, the head among them.</param>
/// <param name="Alternates">Alternates.</param>
/// <param name="Advisers">Advisers.</param>
/// <param name="Observers">Members of an observer's delegation.</param>
internal sealed record DelegationMembers(
    Delegate? Head, IReadOnlyList<Delegate> Representatives, IReadOnlyList<Delegate> Alternates, IReadOnlyList<Delegate> Advisers, IReadOnlyList<Delegate> Observers);

/// <summary>A person in a delegation, as the list of participants names them.</summary>
/// <param name="RegistrationId">Their registration.</param>
/// <param name="Honorific">H.E., Mr, Ms, Dr …</param>
/// <param name="GivenName">Given name.</param>
/// <param name="FamilyName">Family name.</param>
/// <param name="JobTitle">Their title or function (Permanent Representative).</param>
/// <param name="Status">Their registration's status.</param>
internal sealed record Delegate(Guid RegistrationId, string? Honorific, string GivenName, string FamilyName, string? JobTitle, string Status);
