using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.DonorRelations.Flows;

/// <summary>Move a flow on: commit a pledge, pay a pledge or commitment.</summary>
internal sealed record ChangeFlowStatusCommand(Guid Id, string Action, int? ExpectedVersion) : ICommand<FlowDetails>;

internal sealed class ChangeFlowStatusCommandHandler(WriteSession write) : ICommandHandler<ChangeFlowStatusCommand, FlowDetails>
{
    private const string UpdateSql = """
        UPDATE donor_relations.flows SET status = @Status, flow_date = @Today, version = version + 1, updated_at = @Now, updated_by = @By WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<FlowDetails> Handle(ChangeFlowStatusCommand command, CancellationToken cancellationToken)
    {
        var before = await FlowRow.ReadAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        var next = FlowRules.Machine.Apply(command.Action, before.Status);
        await write.UpdateVersionedAsync(UpdateSql, new { command.Id, before.Version, Status = next.ToText(), write.Today, write.Now, write.By }, before.Version, command.ExpectedVersion, cancellationToken);
        var flow = await FlowRow.ReadAsync(write, command.Id, cancellationToken);
        await write.RecordAsync(AuditedEntities.Flow, command.Id, command.Action, before, flow, cancellationToken);
        return flow;
    }
}
