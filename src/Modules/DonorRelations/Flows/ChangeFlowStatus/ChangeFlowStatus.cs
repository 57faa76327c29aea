using FluentValidation;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.DonorRelations.Flows;

/// <summary>When a flow reached its next stage.</summary>
/// <param name="On">The day it was committed or paid: today (UTC) when not given, never later, never before its previous stage.</param>
[ValidatedAs(typeof(ChangeFlowStatusCommand))]
internal sealed record FlowStageRequest(DateOnly? On);

/// <summary>Move a flow on: commit a pledge, pay a pledge or commitment.</summary>
internal sealed record ChangeFlowStatusCommand(Guid Id, string Action, DateOnly? On, int? ExpectedVersion) : ICommand<FlowDetails>;

internal sealed class ChangeFlowStatusCommandValidator : AbstractValidator<ChangeFlowStatusCommand>
{
    public ChangeFlowStatusCommandValidator(TimeProvider clock) => RuleFor(c => c.On).NotInFuture(clock);
}

internal sealed class ChangeFlowStatusCommandHandler(WriteSession write) : ICommandHandler<ChangeFlowStatusCommand, FlowDetails>
{
    private const string UpdateSql = """
        UPDATE donor_relations.flows
        SET status = @Status, flow_date = @On,
            committed_on = CASE WHEN @Status = 'commitment' THEN @On ELSE committed_on END,
            paid_on = CASE WHEN @Status = 'paid' THEN @On ELSE paid_on END,
            version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<FlowDetails> Handle(ChangeFlowStatusCommand command, CancellationToken cancellationToken)
    {
        var before = await FlowRow.ReadAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        var next = FlowRules.Machine.Apply(command.Action, before.Status);
        var on = command.On ?? write.Today;
        if (on < before.FlowDate)
        {
            throw Invalid.Field("on", $"The flow reached its {before.Status.ToText()} stage on {before.FlowDate:yyyy-MM-dd}; it cannot move on before that day.");
        }

        await write.UpdateVersionedAsync(UpdateSql, new { command.Id, before.Version, Status = next.ToText(), On = on, write.Now, write.By }, before.Version, command.ExpectedVersion, cancellationToken);
        var flow = await FlowRow.ReadAsync(write, command.Id, cancellationToken);
        await write.RecordAsync(AuditedEntities.Flow, command.Id, command.Action, before, flow, cancellationToken);
        return flow;
    }
}
