using Iom.Modules.GoverningBodies.Delegations;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.GoverningBodies.Registrations;

/// <summary>Remove a registration entered by mistake, while pending; once decided, it is withdrawn instead.</summary>
internal sealed record DeleteRegistrationCommand(Guid Id, int? ExpectedVersion) : ICommand<Unit>;

internal sealed class DeleteRegistrationCommandHandler(WriteSession write) : ICommandHandler<DeleteRegistrationCommand, Unit>
{
    private const string DeleteSql = "DELETE FROM governing_bodies.registrations WHERE id = @Id AND version = @Version";

    public async ValueTask<Unit> Handle(DeleteRegistrationCommand command, CancellationToken cancellationToken)
    {
        var before = await RegistrationRow.GetAsync(write, command.Id, seePersonal: true, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        if (before.Status != RegistrationStatus.Pending)
        {
            throw new ConflictException("Registration cannot be removed", $"The registration is '{before.Status.ToText()}': withdraw it instead.", "not-removable");
        }

        await write.DeleteVersionedAsync(DeleteSql, new { command.Id, before.Version }, before.Version, command.ExpectedVersion, cancellationToken);
        await DelegationVersions.TouchAsync(write, before.DelegationId, cancellationToken);
        await write.RecordDeletionAsync(AuditedEntities.Registration, command.Id, before, cancellationToken);
        return Unit.Value;
    }
}
