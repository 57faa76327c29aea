using FluentValidation;
using Iom.Modules.GoverningBodies.Sessions;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.GoverningBodies.Delegations;

/// <summary>The formal communication that carries a delegation's credentials.</summary>
/// <param name="Reference">Its reference: a note verbale's number and date, a letter (the document the Director General examines).</param>
/// <param name="ReceivedOn">The day it was received; not in the future.</param>
[ValidatedAs(typeof(ReceiveCredentialsCommand))]
internal sealed record ReceiveCredentialsRequest(string? Reference, DateOnly? ReceivedOn);

internal sealed record ReceiveCredentialsCommand(Guid Id, string? Reference, DateOnly? ReceivedOn, int? ExpectedVersion) : ICommand<DelegationDetails>;

internal sealed class ReceiveCredentialsCommandValidator : AbstractValidator<ReceiveCredentialsCommand>
{
    public ReceiveCredentialsCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.Reference).NotEmpty().MaximumLength(200).Reference();
        RuleFor(c => c.ReceivedOn).NotNull().NotInFuture(clock);
    }
}

internal sealed class ReceiveCredentialsCommandHandler(WriteSession write) : ICommandHandler<ReceiveCredentialsCommand, DelegationDetails>
{
    private const string UpdateSql = """
        UPDATE governing_bodies.delegations
        SET credentials_status = @Status, credentials_reference = @Reference, credentials_received_on = @ReceivedOn, version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<DelegationDetails> Handle(ReceiveCredentialsCommand command, CancellationToken cancellationToken)
    {
        var before = await DelegationRow.ReadAsync(write, command.Id, cancellationToken);
        DelegationChecks.EnsureSessionOpen(await SessionReader.GetAsync(write, before.SessionId, cancellationToken));
        var next = CredentialsRules.Machine.Apply("receive-credentials", before.Credentials.Status);
        await write.UpdateVersionedAsync(UpdateSql, new
        {
            command.Id, before.Version, Status = next.ToText(), command.Reference, command.ReceivedOn, write.Now, write.By,
        }, before.Version, command.ExpectedVersion, cancellationToken);
        var after = await DelegationRow.ReadAsync(write, command.Id, cancellationToken);
        await write.RecordAsync(AuditedEntities.Delegation, command.Id, "receive-credentials", before, after, cancellationToken);
        return after;
    }
}
