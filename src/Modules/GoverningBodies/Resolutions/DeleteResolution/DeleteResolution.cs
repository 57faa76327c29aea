using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Mediator;

namespace Iom.Modules.GoverningBodies.Resolutions;

/// <summary>Remove a resolution recorded by mistake (wrong number, day or adoption), until its session's report is adopted.</summary>
internal sealed record DeleteResolutionCommand(Guid Id, int? ExpectedVersion) : ICommand<Unit>;

internal sealed class DeleteResolutionCommandHandler(WriteSession write) : ICommandHandler<DeleteResolutionCommand, Unit>
{
    private const string DeleteSql = "DELETE FROM governing_bodies.resolutions WHERE id = @Id AND version = @Version";

    public async ValueTask<Unit> Handle(DeleteResolutionCommand command, CancellationToken cancellationToken)
    {
        var before = (await ResolutionRow.GetAsync(write, command.Id, cancellationToken)).ToResponse();
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        await ResolutionRules.EnsureOpenAsync(write, before, "removed", cancellationToken);
        await write.DeleteVersionedAsync(DeleteSql, new { command.Id, before.Version }, before.Version, command.ExpectedVersion, cancellationToken);
        await write.RecordDeletionAsync(AuditedEntities.Resolution, command.Id, before, cancellationToken);
        return Unit.Value;
    }
}
