using System.Text.Json;
using FluentValidation;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Iom.Modules.DonorRelations.Flows;

/// <summary>
/// What a JSON Merge Patch may correct in a flow: the day of its current stage, the year it funds, whether it is new
/// money and its earmarking. Its amount, currency and rate are what the donor sent; a wrong amount is removed and
/// recorded anew (DELETE, while no flow passes it on).
/// </summary>
/// <param name="FlowDate">The day of its current stage: today at the latest, not before its previous stage.</param>
/// <param name="BudgetYear">The year it funds.</param>
/// <param name="NewMoney">New money, not a reallocation.</param>
/// <param name="Earmarking">Its own earmarking; null to take its agreement's.</param>
[ValidatedAs(typeof(FlowPatch), MergePatch = true)]
internal sealed record FlowPatch(DateOnly? FlowDate, int? BudgetYear, bool? NewMoney, Earmarking? Earmarking);

internal sealed class FlowPatchValidator : AbstractValidator<FlowPatch>
{
    public FlowPatchValidator(TimeProvider clock)
    {
        RuleFor(c => c.FlowDate).NotNull().NotInFuture(clock);
        RuleFor(c => c.BudgetYear).NotNull().InclusiveBetween(2000, 2100);
        RuleFor(c => c.NewMoney).NotNull();
        RuleFor(c => c.Earmarking).IsInEnum();
    }
}

internal sealed record UpdateFlowCommand(Guid Id, JsonElement Patch, int? ExpectedVersion) : ICommand<FlowDetails>;

internal sealed class UpdateFlowCommandHandler(WriteSession write, IValidator<FlowPatch> validator, IOptions<JsonOptions> json)
    : ICommandHandler<UpdateFlowCommand, FlowDetails>
{
    private const string UpdateSql = """
        UPDATE donor_relations.flows
        SET flow_date = @FlowDate,
            pledged_on = CASE WHEN status = 'pledge' THEN @FlowDate ELSE pledged_on END,
            committed_on = CASE WHEN status = 'commitment' THEN @FlowDate ELSE committed_on END,
            paid_on = CASE WHEN status = 'paid' THEN @FlowDate ELSE paid_on END,
            budget_year = @BudgetYear, new_money = @NewMoney, earmarking = @Earmarking, version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<FlowDetails> Handle(UpdateFlowCommand command, CancellationToken cancellationToken)
    {
        var row = await FlowRow.FindAsync(write, command.Id, cancellationToken) ?? throw new NotFoundException("funding flow", command.Id);
        var before = row.ToResponse();
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        // The response shows the agreement's earmarking when the flow has none; the patch starts from the flow's own.
        var current = new FlowPatch(before.FlowDate, before.BudgetYear, before.NewMoney, row.OwnEarmarking);
        var patched = JsonMergePatch.Apply(current, command.Patch, json.Value.SerializerOptions);
        await validator.ValidateAndThrowAsync(patched, cancellationToken);
        var previousStage = before.Status switch
        {
            FlowStatus.Paid => before.CommittedOn ?? before.PledgedOn,
            FlowStatus.Commitment => before.PledgedOn,
            _ => null,
        };
        if (previousStage is { } earliest && patched.FlowDate < earliest)
        {
            throw Invalid.Field("flowDate", $"The flow reached its previous stage on {earliest:yyyy-MM-dd}; its {before.Status.ToText()} cannot come before that day.");
        }

        await write.UpdateVersionedAsync(UpdateSql, new
        {
            command.Id, before.Version, patched.FlowDate, patched.BudgetYear, patched.NewMoney, Earmarking = patched.Earmarking?.ToText(), write.Now, write.By,
        }, before.Version, command.ExpectedVersion, cancellationToken);
        var after = await FlowRow.ReadAsync(write, command.Id, cancellationToken);
        await write.RecordAsync(AuditedEntities.Flow, command.Id, "update", before, after, cancellationToken);
        return after;
    }
}
