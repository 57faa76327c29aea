using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.Research.Works;

/// <summary>Move a work through the editorial workflow.</summary>
internal sealed record ChangeWorkStatusCommand(Guid Id, string Action, int? ExpectedVersion) : ICommand<WorkDetails>;

internal sealed class ChangeWorkStatusCommandHandler(WriteSession write)
    : ICommandHandler<ChangeWorkStatusCommand, WorkDetails>
{
    private const string UpdateSql = """
        UPDATE research.works
        SET status = @Status, published_on = CASE WHEN @Publishes = 1 THEN @Today ELSE published_on END,
            version = version + 1, updated_at = @Now, updated_by = @By
        WHERE id = @Id AND version = @Version
        """;

    private const string SubmittedReviewsSql = """
        SELECT COUNT(*) FROM research.review_assignments a
        JOIN research.review_rounds r ON r.id = a.round_id
        WHERE a.work_id = @Id AND a.status = 'submitted'
          AND r.number = (SELECT MAX(number) FROM research.review_rounds WHERE work_id = @Id)
        """;

    public async ValueTask<WorkDetails> Handle(ChangeWorkStatusCommand command, CancellationToken cancellationToken)
    {
        var current = await WorkReader.GetAsync(write, command.Id, cancellationToken);
        ConcurrencyCheck.EnsureExpected(command.ExpectedVersion, current.Version);
        var next = WorkRules.Machine.Apply(command.Action, current.Status);
        await EnsureAllowedAsync(write, current, command.Action, cancellationToken);

        await write.UpdateVersionedAsync(UpdateSql, new
        {
            command.Id,
            current.Version,
            Status = next.ToText(),
            Publishes = next == WorkStatus.Published ? 1 : 0,
            write.Today,
            write.Now,
            write.By,
        }, current.Version, command.ExpectedVersion, cancellationToken);
        var work = await WorkReader.GetAsync(write, command.Id, cancellationToken);
        await write.RecordAsync(AuditedEntities.Work, command.Id, command.Action, current, work, cancellationToken);
        return work;
    }

    // The workflow's rules beyond the status itself: peer review where the model asks for it, clearances before publication.
    private static async Task EnsureAllowedAsync(WriteSession write, WorkDetails work, string action, CancellationToken cancellationToken)
    {
        var reviewed = work.PeerReview != PeerReviewModel.None;
        switch (action)
        {
            case "submit-for-review" when !reviewed:
                throw new ConflictException("No peer review", "This work's peer-review model is 'none'; send it to copy-editing instead.", "no-peer-review");
            case "send-to-copy-editing" when reviewed && work.Status == WorkStatus.InPreparation:
                throw new ConflictException(
                    "Peer review required", $"This work's peer-review model is '{work.PeerReview.ToText()}'; submit it for review first.", "peer-review-required");
            case "send-to-copy-editing" when reviewed
                && await write.QuerySingleOrDefaultAsync<long>(SubmittedReviewsSql, new { work.Id }, cancellationToken) == 0:
                throw new ConflictException(
                    "Review incomplete", "No review of the latest review round has been submitted yet.", "review-incomplete");
            case "publish" when Clearances.Outstanding(work.Clearances) is { Count: > 0 } missing:
                throw new ConflictException(
                    "Clearance pending",
                    $"A work is published only once every clearance has passed or does not apply; outstanding: {string.Join(", ", missing)}.",
                    "clearance-pending")
                {
                    Extensions = { ["missingClearances"] = missing },
                };
        }
    }
}
