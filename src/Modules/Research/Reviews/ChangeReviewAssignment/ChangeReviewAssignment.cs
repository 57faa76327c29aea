using FluentValidation;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.Research.Reviews;

/// <summary>A submitted review.</summary>
/// <param name="Recommendation">accept, minor, major or reject.</param>
[ValidatedAs(typeof(ISubmittedReview))]
internal sealed record SubmitReviewRequest(Recommendation? Recommendation) : ISubmittedReview;

/// <summary>What a submitted review carries.</summary>
internal interface ISubmittedReview
{
    Recommendation? Recommendation { get; }
}

internal sealed class SubmittedReviewValidator : AbstractValidator<ISubmittedReview>
{
    public SubmittedReviewValidator() => RuleFor(c => c.Recommendation).NotNull().IsInEnum();
}

/// <summary>Accept, decline or submit a review assignment.</summary>
internal sealed record ChangeReviewAssignmentCommand(Guid Id, string Action, Recommendation? Recommendation, int? ExpectedVersion)
    : ICommand<ReviewAssignmentDetails>, ISubmittedReview;

internal sealed class ChangeReviewAssignmentCommandValidator : AbstractValidator<ChangeReviewAssignmentCommand>
{
    public ChangeReviewAssignmentCommandValidator()
    {
        When(c => c.Action == "submit", () => Include(new SubmittedReviewValidator()));
        RuleFor(c => c.Recommendation).Null().When(c => c.Action != "submit");
    }
}

internal sealed class ChangeReviewAssignmentCommandHandler(WriteSession write)
    : ICommandHandler<ChangeReviewAssignmentCommand, ReviewAssignmentDetails>
{
    private const string UpdateSql = """
        UPDATE research.review_assignments
        SET status = @Status, recommendation = @Recommendation, submitted_at = CASE WHEN @Submits = 1 THEN @Now ELSE submitted_at END,
            version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    public async ValueTask<ReviewAssignmentDetails> Handle(ChangeReviewAssignmentCommand command, CancellationToken cancellationToken)
    {
        var current = await ReviewAssignmentRow.GetAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, current.Version);
        var next = ReviewRules.Machine.Apply(command.Action, current.Status);
        await write.UpdateVersionedAsync(UpdateSql, new
        {
            command.Id,
            current.Version,
            Status = next.ToText(),
            Recommendation = command.Recommendation?.ToText() ?? current.Recommendation?.ToText(),
            Submits = next == ReviewAssignmentStatus.Submitted ? 1 : 0,
            write.Now,
            write.By,
        }, current.Version, command.ExpectedVersion, cancellationToken);
        var assignment = (await ReviewAssignmentRow.GetAsync(write, command.Id, cancellationToken)).ToResponse(write.Today);
        await write.RecordAsync(AuditedEntities.ReviewAssignment, command.Id, command.Action, current.ToResponse(write.Today), assignment, cancellationToken);
        return assignment;
    }
}
