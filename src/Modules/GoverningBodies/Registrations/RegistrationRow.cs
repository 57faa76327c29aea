using Dapper;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;

namespace Iom.Modules.GoverningBodies.Registrations;

internal sealed class RegistrationRow
{
    public const string SelectFrom = """
        SELECT r.id, r.session_id, r.delegation_id, r.role, r.head_of_delegation, r.honorific, r.given_name, r.family_name, r.job_title, r.organization,
               r.email, r.phone, r.nationality, r.date_of_birth, r.identity_document, r.supporting_document_kind, r.supporting_document_reference,
               r.status, r.decision_reason, r.badge_number, r.checked_in_at, r.version, r.created_at, r.created_by, r.updated_at, r.updated_by
        FROM governing_bodies.registrations r
        """;

    private const string ById = SelectFrom + " WHERE r.id = @Id";

    public Guid Id { get; set; }
    public Guid SessionId { get; set; }
    public Guid? DelegationId { get; set; }
    public RegistrationRole Role { get; set; }
    public bool HeadOfDelegation { get; set; }
    public string? Honorific { get; set; }
    public string GivenName { get; set; } = string.Empty;
    public string FamilyName { get; set; } = string.Empty;
    public string? JobTitle { get; set; }
    public string? Organization { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Nationality { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public string? IdentityDocument { get; set; }
    public SupportingDocumentKind SupportingDocumentKind { get; set; }
    public string? SupportingDocumentReference { get; set; }
    public RegistrationStatus Status { get; set; }
    public string? DecisionReason { get; set; }
    public string? BadgeNumber { get; set; }
    public DateTimeOffset? CheckedInAt { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = string.Empty;

    /// <summary>The registration, its personal details only when <paramref name="seePersonal"/>.</summary>
    public static async Task<RegistrationDetails> GetAsync(IDbSession db, Guid id, bool seePersonal, CancellationToken cancellationToken) =>
        (await db.QuerySingleOrDefaultAsync<RegistrationRow>(ById, new { Id = id }, cancellationToken) ?? throw new NotFoundException("registration", id)).ToResponse(seePersonal);

    public RegistrationDetails ToResponse(bool seePersonal) => new(
        Id, SessionId, DelegationId, Role, HeadOfDelegation, Honorific, GivenName, FamilyName, JobTitle, Organization,
        seePersonal ? new PersonalDetails(Email, Phone, Nationality?.Trim(), DateOfBirth, IdentityDocument) : null,
        new SupportingDocument(SupportingDocumentKind, SupportingDocumentReference),
        Status, DecisionReason, BadgeNumber, CheckedInAt,
        RegistrationRules.Machine.AllowedActions(Status),
        Version, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy);
}
