using System.Text.Json;
using FluentValidation;
using Iom.Modules.GoverningBodies.Sessions;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Iom.Modules.GoverningBodies.Delegations;

/// <summary>What a JSON Merge Patch may correct in a delegation once its credentials are received: their reference and day.</summary>
/// <param name="CredentialsReference">The formal communication's reference.</param>
/// <param name="CredentialsReceivedOn">The day it was received.</param>
[ValidatedAs(typeof(DelegationPatch), MergePatch = true)]
internal sealed record DelegationPatch(string? CredentialsReference, DateOnly? CredentialsReceivedOn);

internal sealed class DelegationPatchValidator : AbstractValidator<DelegationPatch>
{
    public DelegationPatchValidator(TimeProvider clock)
    {
        RuleFor(p => p.CredentialsReference).NotEmpty().MaximumLength(200).Reference();
        RuleFor(p => p.CredentialsReceivedOn).NotNull().NotInFuture(clock);
    }
}

internal sealed record UpdateDelegationCommand(Guid Id, JsonElement Patch, int? ExpectedVersion) : ICommand<DelegationDetails>;

internal sealed class UpdateDelegationCommandHandler(WriteSession write, IValidator<DelegationPatch> validator, IOptions<JsonOptions> json)
    : ICommandHandler<UpdateDelegationCommand, DelegationDetails>
{
    private const string UpdateSql = """
        UPDATE governing_bodies.delegations
        SET credentials_reference = @CredentialsReference, credentials_received_on = @CredentialsReceivedOn, version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<DelegationDetails> Handle(UpdateDelegationCommand command, CancellationToken cancellationToken)
    {
        var before = await DelegationRow.ReadAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        DelegationChecks.EnsureSessionOpen(await SessionReader.GetAsync(write, before.SessionId, cancellationToken));
        if (before.Credentials.Status is CredentialsStatus.NotReceived or CredentialsStatus.Accepted)
        {
            throw new ConflictException(
                "Credentials cannot be corrected", $"The credentials are '{before.Credentials.Status.ToText()}': receive them first, or they are accepted as they were.", "not-editable");
        }

        var patched = JsonMergePatch.Apply(new DelegationPatch(before.Credentials.Reference, before.Credentials.ReceivedOn), command.Patch, json.Value.SerializerOptions);
        await validator.ValidateAndThrowAsync(patched, cancellationToken);
        await write.UpdateVersionedAsync(UpdateSql, new
        {
            command.Id, before.Version, patched.CredentialsReference, patched.CredentialsReceivedOn, write.Now, write.By,
        }, before.Version, command.ExpectedVersion, cancellationToken);
        var after = await DelegationRow.ReadAsync(write, command.Id, cancellationToken);
        await write.RecordAsync(AuditedEntities.Delegation, command.Id, "update", before, after, cancellationToken);
        return after;
    }
}
