using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Mediator;

namespace Iom.Modules.DonorRelations.Flows;

/// <summary>Remove a flow recorded by mistake, at any stage, while no other flow passes it on.</summary>
internal sealed record DeleteFlowCommand(Guid Id, int? ExpectedVersion) : ICommand<Unit>;

internal sealed class DeleteFlowCommandHandler(WriteSession write) : ICommandHandler<DeleteFlowCommand, Unit>
{
    private const string DeleteSql = "DELETE FROM donor_relations.flows WHERE id = @Id AND version = @Version";

    private static readonly Referrer[] Referrers =
    [
        new("SELECT COUNT(*) FROM donor_relations.flows WHERE parent_flow_id = @Id", "child flow"),
    ];

    public async ValueTask<Unit> Handle(DeleteFlowCommand command, CancellationToken cancellationToken)
    {
        var before = await FlowRow.ReadAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        await write.EnsureNoneAsync("funding flow", command.Id, cancellationToken, Referrers);
        await write.DeleteVersionedAsync(DeleteSql, new { command.Id, before.Version }, before.Version, command.ExpectedVersion, cancellationToken);
        await write.RecordDeletionAsync(AuditedEntities.Flow, command.Id, before, cancellationToken);
        return Unit.Value;
    }
}
