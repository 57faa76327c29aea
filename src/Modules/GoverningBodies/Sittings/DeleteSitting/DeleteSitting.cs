using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.GoverningBodies.Sittings;

/// <summary>Remove a sitting scheduled by mistake: while scheduled and no speaker is inscribed on it (the agenda items it took up stay on the agenda).</summary>
internal sealed record DeleteSittingCommand(Guid Id, int? ExpectedVersion) : ICommand<Unit>;

internal sealed class DeleteSittingCommandHandler(WriteSession write) : ICommandHandler<DeleteSittingCommand, Unit>
{
    private const string DeleteItemsSql = "DELETE FROM governing_bodies.sitting_items WHERE sitting_id = @Id";

    private const string DeleteSql = "DELETE FROM governing_bodies.sittings WHERE id = @Id AND version = @Version";

    private static readonly Referrer[] Referrers =
    [
        new("SELECT COUNT(*) FROM governing_bodies.speakers WHERE sitting_id = @Id", "speaker"),
    ];

    public async ValueTask<Unit> Handle(DeleteSittingCommand command, CancellationToken cancellationToken)
    {
        var before = await SittingRow.ReadAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        if (before.Status != SittingStatus.Scheduled)
        {
            throw new ConflictException("Sitting cannot be removed", $"The sitting is '{before.Status.ToText()}': it stays in the record of the session.", "not-removable");
        }

        await write.EnsureNoneAsync("sitting", command.Id, cancellationToken, Referrers);
        await write.ExecuteAsync(DeleteItemsSql, new { command.Id }, cancellationToken);
        await write.DeleteVersionedAsync(DeleteSql, new { command.Id, before.Version }, before.Version, command.ExpectedVersion, cancellationToken);
        await write.RecordDeletionAsync(AuditedEntities.Sitting, command.Id, before, cancellationToken);
        return Unit.Value;
    }
}
