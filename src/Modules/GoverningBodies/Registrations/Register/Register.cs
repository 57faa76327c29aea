using FluentValidation;
using Iom.Modules.GoverningBodies.Delegations;
using Iom.Modules.GoverningBodies.Sessions;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.GoverningBodies.Registrations;

/// <summary>Register a person for a session: in a delegation and a role, or as press or Secretariat.</summary>
/// <param name="DelegationId">The delegation, for representatives, alternates, advisers and observers.</param>
/// <param name="Role">representative, alternate or adviser (a Member State's delegation), observer (an observer's), press or secretariat.</param>
/// <param name="HeadOfDelegation">True for the head of the delegation: a representative or an observer, one per delegation.</param>
/// <param name="Honorific">H.E., Mr, Ms, Dr …</param>
/// <param name="GivenName">Given name.</param>
/// <param name="FamilyName">Family name.</param>
/// <param name="JobTitle">Title or function, as the list of participants prints it.</param>
/// <param name="Organization">The outlet (press) or the unit (Secretariat).</param>
/// <param name="PersonalDetails">E-mail, telephone, nationality, date of birth, identity document: read back only with governing-bodies:personal-data.</param>
/// <param name="SupportingDocument">A note verbale for a government's delegate, a nomination letter for an organization's, a media accreditation for the press.</param>
[ValidatedAs(typeof(IRegistrationFields))]
internal sealed record RegisterRequest(
    Guid? DelegationId, RegistrationRole? Role, bool? HeadOfDelegation, string? Honorific, string? GivenName, string? FamilyName, string? JobTitle,
    string? Organization, PersonalDetails? PersonalDetails, SupportingDocument? SupportingDocument) : IRegistrationFields
{
    public RegisterCommand ToCommand(Guid sessionId) =>
        new(sessionId, DelegationId, Role, HeadOfDelegation, Honorific, GivenName, FamilyName, JobTitle, Organization, PersonalDetails, SupportingDocument);
}

internal sealed record RegisterCommand(
    Guid SessionId, Guid? DelegationId, RegistrationRole? Role, bool? HeadOfDelegation, string? Honorific, string? GivenName, string? FamilyName, string? JobTitle,
    string? Organization, PersonalDetails? PersonalDetails, SupportingDocument? SupportingDocument) : ICommand<RegistrationDetails>, IRegistrationFields;

internal sealed class RegisterCommandValidator : AbstractValidator<RegisterCommand>
{
    public RegisterCommandValidator(TimeProvider clock) => Include(new RegistrationFieldsValidator(clock));
}

internal sealed class RegisterCommandHandler(WriteSession write, ICurrentUser user) : ICommandHandler<RegisterCommand, RegistrationDetails>
{
    private const string InsertSql = """
        INSERT INTO governing_bodies.registrations
            (id, session_id, delegation_id, role, head_of_delegation, honorific, given_name, family_name, job_title, organization,
             email, phone, nationality, date_of_birth, identity_document, supporting_document_kind, supporting_document_reference, status,
             version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @SessionId, @DelegationId, @Role, @Head, @Honorific, @GivenName, @FamilyName, @JobTitle, @Organization,
             @Email, @Phone, @Nationality, @DateOfBirth, @IdentityDocument, @DocumentKind, @DocumentReference, @Status,
             1, @Now, @By, @Now, @By)
        """;

    public async ValueTask<RegistrationDetails> Handle(RegisterCommand command, CancellationToken cancellationToken)
    {
        var session = await SessionReader.GetAsync(write, command.SessionId, cancellationToken);
        var id = write.NewId();
        await RegistrationWriter.EnsureConsistentAsync(write, session, command, id, cancellationToken);
        var personal = command.PersonalDetails;
        await write.ExecuteAsync(InsertSql, new
        {
            Id = id,
            command.SessionId,
            command.DelegationId,
            Role = command.Role!.Value.ToText(),
            Head = command.HeadOfDelegation == true,
            command.Honorific,
            command.GivenName,
            command.FamilyName,
            command.JobTitle,
            command.Organization,
            personal?.Email,
            personal?.Phone,
            Nationality = Countries.Canonical(personal?.Nationality),
            personal?.DateOfBirth,
            personal?.IdentityDocument,
            DocumentKind = command.SupportingDocument!.Kind!.Value.ToText(),
            DocumentReference = command.SupportingDocument.Reference,
            Status = RegistrationStatus.Pending.ToText(),
            write.Now,
            write.By,
        }, cancellationToken);
        await DelegationVersions.TouchAsync(write, command.DelegationId, cancellationToken);
        await write.RecordAsync(AuditedEntities.Registration, id, "create", null, await RegistrationRow.GetAsync(write, id, seePersonal: true, cancellationToken), cancellationToken);
        return await RegistrationRow.GetAsync(write, id, user.HasScope(GoverningBodiesScopes.PersonalData), cancellationToken);
    }
}
