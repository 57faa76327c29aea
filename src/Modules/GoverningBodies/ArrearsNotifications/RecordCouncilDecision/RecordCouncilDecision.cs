using FluentValidation;
using Iom.Modules.GoverningBodies.MemberStates;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.GoverningBodies.ArrearsNotifications;

/// <summary>The Council's decision, by simple majority, on the vote of a State in arrears for reasons beyond its control.</summary>
/// <param name="Decision">maintain (before or after the loss) or restore (once the vote was lost).</param>
/// <param name="DecidedOn">The day of the decision; not before the notification, not in the future.</param>
/// <param name="Reference">The resolution or decision that records it (C/115/RES/1413).</param>
[ValidatedAs(typeof(RecordCouncilDecisionCommand))]
internal sealed record CouncilDecisionRequest(CouncilDecision? Decision, DateOnly? DecidedOn, string? Reference);

internal sealed record RecordCouncilDecisionCommand(Guid Id, CouncilDecision? Decision, DateOnly? DecidedOn, string? Reference, int? ExpectedVersion)
    : ICommand<ArrearsNotificationDetails>;

internal sealed class RecordCouncilDecisionCommandValidator : AbstractValidator<RecordCouncilDecisionCommand>
{
    public RecordCouncilDecisionCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.Decision).NotNull().IsInEnum();
        RuleFor(c => c.DecidedOn).NotNull().NotInFuture(clock);
        RuleFor(c => c.Reference).NotEmpty().MaximumLength(100).Reference();
    }
}

internal sealed class RecordCouncilDecisionCommandHandler(WriteSession write) : ICommandHandler<RecordCouncilDecisionCommand, ArrearsNotificationDetails>
{
    private const string UpdateSql = """
        UPDATE governing_bodies.arrears_notifications
        SET council_decision = @Decision, decided_on = @DecidedOn, decision_reference = @Reference, version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<ArrearsNotificationDetails> Handle(RecordCouncilDecisionCommand command, CancellationToken cancellationToken)
    {
        var before = await ArrearsNotificationRow.GetAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, before.Version);
        ArrearsRules.EnsureOpen(before, "decided on");
        var decidedOn = command.DecidedOn!.Value;
        if (decidedOn < before.NotifiedOn)
        {
            throw Invalid.Field("decidedOn", $"The Council was informed on {before.NotifiedOn:yyyy-MM-dd}.");
        }

        if (command.Decision == CouncilDecision.Restore && decidedOn < before.LosesVoteOn)
        {
            throw new ConflictException(
                "The vote is not lost yet", $"The State keeps its vote until {before.LosesVoteOn:yyyy-MM-dd}; before then the Council maintains it.", "vote-not-lost");
        }

        await write.UpdateVersionedAsync(UpdateSql, new
        {
            command.Id, before.Version, Decision = command.Decision!.Value.ToText(), DecidedOn = decidedOn, command.Reference, write.Now, write.By,
        }, before.Version, command.ExpectedVersion, cancellationToken);
        var after = await ArrearsNotificationRow.GetAsync(write, command.Id, cancellationToken);
        await write.RecordAsync(AuditedEntities.ArrearsNotification, command.Id, "council-decision", before, after, cancellationToken);
        return after;
    }
}
