using FluentValidation;
using Iom.Modules.Research.Identifiers;
using Iom.Modules.Research.Works;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.Research.Reviews;

/// <summary>Invite a reviewer into a review round.</summary>
/// <param name="Reviewer">The reviewer's name.</param>
/// <param name="ReviewerOrcid">The reviewer's ORCID iD, check character verified.</param>
/// <param name="DueOn">When the review is due; not in the past.</param>
[ValidatedAs(typeof(InviteReviewerCommand))]
internal sealed record InviteReviewerRequest(string? Reviewer, string? ReviewerOrcid, DateOnly DueOn);

internal sealed record InviteReviewerCommand(Guid RoundId, string? Reviewer, string? ReviewerOrcid, DateOnly DueOn) : ICommand<ReviewAssignmentDetails>;

internal sealed class InviteReviewerCommandValidator : AbstractValidator<InviteReviewerCommand>
{
    public InviteReviewerCommandValidator()
    {
        RuleFor(c => c.Reviewer).NotEmpty().MaximumLength(200);
        RuleFor(c => c.ReviewerOrcid).MaximumLength(40).Orcid();
        RuleFor(c => c.DueOn).NotEmpty();
    }
}

internal sealed class InviteReviewerCommandHandler(WriteSession write)
    : ICommandHandler<InviteReviewerCommand, ReviewAssignmentDetails>
{
    private const string InsertSql = """
        INSERT INTO research.review_assignments
            (id, round_id, work_id, reviewer, reviewer_orcid, invited_on, due_on, status, recommendation, submitted_at,
             version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @RoundId, @WorkId, @Reviewer, @ReviewerOrcid, @Today, @DueOn, @Status, NULL, NULL, 1, @Now, @By, @Now, @By)
        """;

    private const string AlreadyInvitedSql = "SELECT COUNT(*) FROM research.review_assignments WHERE round_id = @RoundId AND reviewer = @Reviewer";

    public async ValueTask<ReviewAssignmentDetails> Handle(InviteReviewerCommand command, CancellationToken cancellationToken)
    {
        if (command.DueOn < write.Today)
        {
            throw Invalid.Field("dueOn", "A review cannot be due in the past.");
        }

        var round = await ReviewRounds.GetAsync(write, command.RoundId, cancellationToken);
        var work = await WorkRow.GetAsync(write, round.WorkId, cancellationToken);
        if (round.Status != ReviewRounds.Open || work.Status != WorkStatus.InReview)
        {
            throw new ConflictException(
                "Round closed", $"Reviewers are invited into the open round of a work in review; this round is {round.Status} and the work '{work.Status.ToText()}'.", "round-closed");
        }

        if (await write.QuerySingleOrDefaultAsync<long>(AlreadyInvitedSql, new { command.RoundId, command.Reviewer }, cancellationToken) > 0)
        {
            throw new DuplicateException("review assignment", "reviewer", command.Reviewer!);
        }

        var id = write.NewId();
        await write.ExecuteAsync(InsertSql, new
        {
            Id = id,
            command.RoundId,
            round.WorkId,
            command.Reviewer,
            ReviewerOrcid = StandardIdentifiers.NormalizeOrcid(command.ReviewerOrcid),
            write.Today,
            command.DueOn,
            Status = ReviewAssignmentStatus.Invited.ToText(),
            write.Now,
            write.By,
        }, cancellationToken);
        var assignment = (await ReviewAssignmentRow.GetAsync(write, id, cancellationToken)).ToResponse(write.Today);
        await write.RecordAsync(AuditedEntities.ReviewAssignment, id, "create", null, assignment, cancellationToken);
        return assignment;
    }
}
