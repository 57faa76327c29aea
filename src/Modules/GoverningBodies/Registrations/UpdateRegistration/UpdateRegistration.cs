using System.Text.Json;
using FluentValidation;
using Iom.Modules.GoverningBodies.Delegations;
using Iom.Modules.GoverningBodies.Sessions;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Iom.Modules.GoverningBodies.Registrations;

/// <summary>What a JSON Merge Patch may correct in a registration until the person checks in, withdraws or is rejected.</summary>
/// <param name="DelegationId">The delegation.</param>
/// <param name="Role">The role.</param>
/// <param name="HeadOfDelegation">Whether they head their delegation.</param>
/// <param name="Honorific">H.E., Mr, Ms, Dr …</param>
/// <param name="GivenName">Given name.</param>
/// <param name="FamilyName">Family name.</param>
/// <param name="JobTitle">Title or function.</param>
/// <param name="Organization">Outlet or unit.</param>
/// <param name="PersonalDetails">Personal details: merged field by field; a caller without governing-bodies:personal-data may set them but not read them.</param>
/// <param name="SupportingDocument">The supporting document.</param>
[ValidatedAs(typeof(IRegistrationFields), MergePatch = true)]
internal sealed record RegistrationPatch(
    Guid? DelegationId, RegistrationRole? Role, bool? HeadOfDelegation, string? Honorific, string? GivenName, string? FamilyName, string? JobTitle,
    string? Organization, PersonalDetails? PersonalDetails, SupportingDocument? SupportingDocument) : IRegistrationFields;

internal sealed record UpdateRegistrationCommand(Guid Id, JsonElement Patch, int? ExpectedVersion) : ICommand<RegistrationDetails>;

internal sealed class UpdateRegistrationCommandHandler(WriteSession write, ICurrentUser user, IValidator<IRegistrationFields> validator, IOptions<JsonOptions> json)
    : ICommandHandler<UpdateRegistrationCommand, RegistrationDetails>
{
    private const string UpdateSql = """
        UPDATE governing_bodies.registrations
        SET delegation_id = @DelegationId, role = @Role, head_of_delegation = @Head, honorific = @Honorific, given_name = @GivenName, family_name = @FamilyName,
            job_title = @JobTitle, organization = @Organization, email = @Email, phone = @Phone, nationality = @Nationality, date_of_birth = @DateOfBirth,
            identity_document = @IdentityDocument, supporting_document_kind = @DocumentKind, supporting_document_reference = @DocumentReference,
            version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    private static readonly RegistrationStatus[] Editable = [RegistrationStatus.Pending, RegistrationStatus.Approved, RegistrationStatus.BadgeIssued];

    public async ValueTask<RegistrationDetails> Handle(UpdateRegistrationCommand command, CancellationToken cancellationToken)
    {
        var before = await RegistrationRow.GetAsync(write, command.Id, seePersonal: true, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        if (!Editable.Contains(before.Status))
        {
            throw new ConflictException("Registration is final", $"The registration is '{before.Status.ToText()}'; it stays as it was.", "not-editable");
        }

        var patched = JsonMergePatch.Apply(
            new RegistrationPatch(before.DelegationId, before.Role, before.HeadOfDelegation, before.Honorific, before.GivenName, before.FamilyName, before.JobTitle,
                before.Organization, before.PersonalDetails, before.SupportingDocument),
            command.Patch, json.Value.SerializerOptions);
        await validator.ValidateAndThrowAsync(patched, cancellationToken);
        await RegistrationWriter.EnsureConsistentAsync(write, await SessionReader.GetAsync(write, before.SessionId, cancellationToken), patched, before.Id, cancellationToken);
        var personal = patched.PersonalDetails;
        await write.UpdateVersionedAsync(UpdateSql, new
        {
            command.Id,
            before.Version,
            patched.DelegationId,
            Role = patched.Role!.Value.ToText(),
            Head = patched.HeadOfDelegation == true,
            patched.Honorific,
            patched.GivenName,
            patched.FamilyName,
            patched.JobTitle,
            patched.Organization,
            personal?.Email,
            personal?.Phone,
            Nationality = Countries.Canonical(personal?.Nationality),
            personal?.DateOfBirth,
            personal?.IdentityDocument,
            DocumentKind = patched.SupportingDocument!.Kind!.Value.ToText(),
            DocumentReference = patched.SupportingDocument.Reference,
            write.Now,
            write.By,
        }, before.Version, command.ExpectedVersion, cancellationToken);
        await DelegationVersions.TouchAsync(write, before.DelegationId, cancellationToken);
        if (patched.DelegationId != before.DelegationId)
        {
            await DelegationVersions.TouchAsync(write, patched.DelegationId, cancellationToken);
        }

        await write.RecordAsync(AuditedEntities.Registration, command.Id, "update", before, await RegistrationRow.GetAsync(write, command.Id, seePersonal: true, cancellationToken), cancellationToken);
        return await RegistrationRow.GetAsync(write, command.Id, user.HasScope(GoverningBodiesScopes.PersonalData), cancellationToken);
    }
}
