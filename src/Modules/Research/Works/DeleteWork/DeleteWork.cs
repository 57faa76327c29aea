using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.Research.Works;

/// <summary>Remove a work proposed by mistake (or rejected), with its open clearances, while no language version or review round refers to it.</summary>
internal sealed record DeleteWorkCommand(Guid Id, int? ExpectedVersion) : ICommand<Unit>;

internal sealed class DeleteWorkCommandHandler(WriteSession write) : ICommandHandler<DeleteWorkCommand, Unit>
{
    private const string DeleteSql = "DELETE FROM research.works WHERE id = @Id AND version = @Version";

    private static readonly Referrer[] Referrers =
    [
        new("SELECT COUNT(*) FROM research.manifestations WHERE work_id = @Id", "language version"),
        new("SELECT COUNT(*) FROM research.review_rounds WHERE work_id = @Id", "review round"),
    ];

    public async ValueTask<Unit> Handle(DeleteWorkCommand command, CancellationToken cancellationToken)
    {
        var before = await WorkReader.GetAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        if (before.Status is not (WorkStatus.Proposed or WorkStatus.Rejected))
        {
            throw new ConflictException("Work cannot be removed", $"The work is '{before.Status.ToText()}': once approved for the programme it stays on record; withdraw it instead.", "not-removable");
        }

        await write.EnsureNoneAsync("work", command.Id, cancellationToken, Referrers);
        await write.ExecuteAsync("DELETE FROM research.clearances WHERE work_id = @Id", new { command.Id }, cancellationToken);
        await write.DeleteVersionedAsync(DeleteSql, new { command.Id, before.Version }, before.Version, command.ExpectedVersion, cancellationToken);
        await write.RecordDeletionAsync(AuditedEntities.Work, command.Id, before, cancellationToken);
        return Unit.Value;
    }
}
