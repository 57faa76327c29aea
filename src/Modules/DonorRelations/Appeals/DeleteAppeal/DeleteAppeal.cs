using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.DonorRelations.Appeals;

/// <summary>Remove a draft appeal with its lines, while no pledge, agreement or flow refers to it.</summary>
internal sealed record DeleteAppealCommand(Guid Id, int? ExpectedVersion) : ICommand<Unit>;

internal sealed class DeleteAppealCommandHandler(WriteSession write) : ICommandHandler<DeleteAppealCommand, Unit>
{
    private const string DeleteLinesSql = "DELETE FROM donor_relations.appeal_lines WHERE appeal_id = @Id";
    private const string DeleteSql = "DELETE FROM donor_relations.appeals WHERE id = @Id AND version = @Version";

    public async ValueTask<Unit> Handle(DeleteAppealCommand command, CancellationToken cancellationToken)
    {
        var before = await AppealRow.ReadAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        if (before.Status != AppealStatus.Draft)
        {
            throw new ConflictException("Appeal cannot be removed", $"The appeal is '{before.Status.ToText()}': once published it stays on record; close it instead.", "not-removable");
        }

        await write.EnsureNoneAsync("appeal", command.Id, cancellationToken, AppealReferrers.OfAppeal);
        await write.ExecuteAsync(DeleteLinesSql, new { command.Id }, cancellationToken);
        await write.DeleteVersionedAsync(DeleteSql, new { command.Id, before.Version }, before.Version, command.ExpectedVersion, cancellationToken);
        await write.RecordDeletionAsync(AuditedEntities.Appeal, command.Id, before, cancellationToken);
        return Unit.Value;
    }
}
