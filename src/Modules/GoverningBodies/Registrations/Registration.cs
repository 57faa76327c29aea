using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Domain;
using Iom.SharedKernel.Http;

namespace Iom.Modules.GoverningBodies.Registrations;

internal enum RegistrationRole
{
    Representative,
    Alternate,
    Adviser,
    Observer,
    Press,
    Secretariat,
}

internal enum RegistrationStatus
{
    Pending,
    Approved,
    Rejected,
    Withdrawn,
    BadgeIssued,
    CheckedIn,
}

internal enum SupportingDocumentKind
{
    NoteVerbale,
    NominationLetter,
    MediaAccreditation,
    StaffAssignment,
}

internal static class RegistrationRules
{
    public static readonly StateMachine<RegistrationStatus> Machine = new StateMachine<RegistrationStatus>("registration")
        .Allow("approve", RegistrationStatus.Approved, RegistrationStatus.Pending)
        .Allow("reject", RegistrationStatus.Rejected, RegistrationStatus.Pending)
        .Allow("withdraw", RegistrationStatus.Withdrawn, RegistrationStatus.Pending, RegistrationStatus.Approved, RegistrationStatus.BadgeIssued)
        .Allow("issue-badge", RegistrationStatus.BadgeIssued, RegistrationStatus.Approved)
        .Allow("check-in", RegistrationStatus.CheckedIn, RegistrationStatus.BadgeIssued);

    /// <summary>Registered, not refused: who appears in a delegation and, once approved, on the list of participants.</summary>
    public static readonly RegistrationStatus[] Accredited = [RegistrationStatus.Approved, RegistrationStatus.BadgeIssued, RegistrationStatus.CheckedIn];

    public static bool InDelegation(RegistrationRole role) => role is not (RegistrationRole.Press or RegistrationRole.Secretariat);
}

/// <summary>What identifies a person to the Secretariat: read only with governing-bodies:personal-data, never kept in the audit trail.</summary>
/// <param name="Email">E-mail address.</param>
/// <param name="Phone">Telephone, in international form (+41 22 717 91 11).</param>
/// <param name="Nationality">ISO 3166-1 alpha-3 (alpha-2 and M49 taken).</param>
/// <param name="DateOfBirth">Date of birth.</param>
/// <param name="IdentityDocument">Passport or identity card number, for the badge.</param>
internal sealed record PersonalDetails(string? Email, string? Phone, string? Nationality, DateOnly? DateOfBirth, string? IdentityDocument);

/// <summary>The document a registration rests on.</summary>
/// <param name="Kind">noteVerbale (governments), nominationLetter (organizations), mediaAccreditation (press) or staffAssignment (Secretariat).</param>
/// <param name="Reference">Its reference: number and date, or the staff assignment.</param>
internal sealed record SupportingDocument(SupportingDocumentKind? Kind, string? Reference);

/// <summary>A person registered for a session.</summary>
/// <param name="Id">Server-made id.</param>
/// <param name="SessionId">The session.</param>
/// <param name="DelegationId">The delegation they belong to; none for press and Secretariat.</param>
/// <param name="Role">representative, alternate, adviser, observer, press or secretariat.</param>
/// <param name="HeadOfDelegation">True for the head of their delegation (one per delegation).</param>
/// <param name="Honorific">H.E., Mr, Ms, Dr …</param>
/// <param name="GivenName">Given name.</param>
/// <param name="FamilyName">Family name.</param>
/// <param name="JobTitle">Title or function, as the list of participants prints it.</param>
/// <param name="Organization">The outlet (press) or unit (Secretariat).</param>
/// <param name="PersonalDetails">Their personal details: only with the scope governing-bodies:personal-data (null otherwise); never in the audit trail.</param>
/// <param name="SupportingDocument">The note verbale, nomination letter or media accreditation the registration rests on.</param>
/// <param name="Status">pending → approved, rejected or withdrawn; approved → badgeIssued → checkedIn.</param>
/// <param name="DecisionReason">Why it was rejected.</param>
/// <param name="BadgeNumber">The badge, once issued (115-0042).</param>
/// <param name="CheckedInAt">When they checked in.</param>
/// <param name="AllowedActions">Actions allowed from the current status.</param>
/// <param name="Version">Bumped on every change; the ETag.</param>
/// <param name="CreatedAt">When it was recorded.</param>
/// <param name="CreatedBy">Who recorded it.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="UpdatedBy">Who last changed it.</param>
internal sealed record RegistrationDetails(
    Guid Id,
    Guid SessionId,
    Guid? DelegationId,
    RegistrationRole Role,
    bool HeadOfDelegation,
    string? Honorific,
    string GivenName,
    string FamilyName,
    string? JobTitle,
    string? Organization,
    [property: Sensitive] PersonalDetails? PersonalDetails,
    SupportingDocument SupportingDocument,
    RegistrationStatus Status,
    string? DecisionReason,
    string? BadgeNumber,
    DateTimeOffset? CheckedInAt,
    IReadOnlyList<string> AllowedActions,
    int Version,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy) : IVersionedResource;
