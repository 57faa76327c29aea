using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.GoverningBodies.Delegations;

/// <summary>Remove a delegation recorded by mistake: before its credentials arrive, and while no one is registered in it.</summary>
internal sealed record DeleteDelegationCommand(Guid Id, int? ExpectedVersion) : ICommand<Unit>;

internal sealed class DeleteDelegationCommandHandler(WriteSession write) : ICommandHandler<DeleteDelegationCommand, Unit>
{
    private const string DeleteSql = "DELETE FROM governing_bodies.delegations WHERE id = @Id AND version = @Version";

    private static readonly Referrer[] Referrers =
    [
        new("SELECT COUNT(*) FROM governing_bodies.registrations WHERE delegation_id = @Id", "registration"),
    ];

    public async ValueTask<Unit> Handle(DeleteDelegationCommand command, CancellationToken cancellationToken)
    {
        var before = await DelegationRow.ReadAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        if (before.Credentials.Status != CredentialsStatus.NotReceived)
        {
            throw new ConflictException(
                "Delegation cannot be removed", $"Its credentials are '{before.Credentials.Status.ToText()}': they are part of the record of the session.", "not-removable");
        }

        await write.EnsureNoneAsync("delegation", command.Id, cancellationToken, Referrers);
        await write.DeleteVersionedAsync(DeleteSql, new { command.Id, before.Version }, before.Version, command.ExpectedVersion, cancellationToken);
        await write.RecordDeletionAsync(AuditedEntities.Delegation, command.Id, before, cancellationToken);
        return Unit.Value;
    }
}
