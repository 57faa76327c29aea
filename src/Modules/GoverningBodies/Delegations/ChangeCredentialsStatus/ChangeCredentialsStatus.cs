using Iom.Modules.GoverningBodies.Sessions;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.GoverningBodies.Delegations;

internal sealed record ChangeCredentialsStatusCommand(Guid Id, string Action, int? ExpectedVersion) : ICommand<DelegationDetails>;

internal sealed class ChangeCredentialsStatusCommandHandler(WriteSession write) : ICommandHandler<ChangeCredentialsStatusCommand, DelegationDetails>
{
    private const string UpdateSql = """
        UPDATE governing_bodies.delegations SET credentials_status = @Status, version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<DelegationDetails> Handle(ChangeCredentialsStatusCommand command, CancellationToken cancellationToken)
    {
        var before = await DelegationRow.ReadAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        DelegationChecks.EnsureSessionOpen(await SessionReader.GetAsync(write, before.SessionId, cancellationToken));
        var next = CredentialsRules.Machine.Apply(command.Action, before.Credentials.Status);
        await write.UpdateVersionedAsync(UpdateSql, new { command.Id, before.Version, Status = next.ToText(), write.Now, write.By }, before.Version, command.ExpectedVersion, cancellationToken);
        var after = await DelegationRow.ReadAsync(write, command.Id, cancellationToken);
        await write.RecordAsync(AuditedEntities.Delegation, command.Id, command.Action, before, after, cancellationToken);
        return after;
    }
}
