using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Mediator;

namespace Iom.Modules.GoverningBodies.ArrearsNotifications;

/// <summary>Remove a notification of arrears recorded by mistake, until the arrears are settled or the Council decides.</summary>
internal sealed record DeleteArrearsNotificationCommand(Guid Id, int? ExpectedVersion) : ICommand<Unit>;

internal sealed class DeleteArrearsNotificationCommandHandler(WriteSession write) : ICommandHandler<DeleteArrearsNotificationCommand, Unit>
{
    private const string DeleteSql = "DELETE FROM governing_bodies.arrears_notifications WHERE id = @Id AND version = @Version";

    public async ValueTask<Unit> Handle(DeleteArrearsNotificationCommand command, CancellationToken cancellationToken)
    {
        var before = await ArrearsNotificationRow.GetAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        ArrearsRules.EnsureOpen(before, "removed");
        await write.DeleteVersionedAsync(DeleteSql, new { command.Id, before.Version }, before.Version, command.ExpectedVersion, cancellationToken);
        await write.RecordDeletionAsync(AuditedEntities.ArrearsNotification, command.Id, before, cancellationToken);
        return Unit.Value;
    }
}
