using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Mediator;

namespace Iom.Modules.GoverningBodies.Observers;

/// <summary>Remove an observer recorded by mistake; an observer whose status ended keeps its record with withdrawnOn instead.</summary>
internal sealed record DeleteObserverCommand(Guid Id, int? ExpectedVersion) : ICommand<Unit>;

internal sealed class DeleteObserverCommandHandler(WriteSession write) : ICommandHandler<DeleteObserverCommand, Unit>
{
    private const string DeleteSql = "DELETE FROM governing_bodies.observers WHERE id = @Id AND version = @Version";

    private static readonly Referrer[] Referrers =
    [
        new("SELECT COUNT(*) FROM governing_bodies.delegations WHERE observer_id = @Id", "delegation"),
    ];

    public async ValueTask<Unit> Handle(DeleteObserverCommand command, CancellationToken cancellationToken)
    {
        var before = await ObserverRow.GetAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        await write.EnsureNoneAsync("observer", command.Id, cancellationToken, Referrers);
        await write.DeleteVersionedAsync(DeleteSql, new { command.Id, before.Version }, before.Version, command.ExpectedVersion, cancellationToken);
        await write.RecordDeletionAsync(AuditedEntities.Observer, command.Id, before, cancellationToken);
        return Unit.Value;
    }
}
