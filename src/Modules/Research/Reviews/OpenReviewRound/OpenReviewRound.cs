using Dapper;
using Iom.Modules.Research.Works;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.Research.Reviews;

/// <summary>
/// Open the next review round of a work in review. The round before it closes, and may close only when its reviews are
/// in: at least one submitted and none still owed (invited or accepted); otherwise this is a 409 naming what is owed.
/// </summary>
internal sealed record OpenReviewRoundCommand(Guid WorkId) : ICommand<ReviewRoundDetails>;

internal sealed class OpenReviewRoundCommandHandler(WriteSession write)
    : ICommandHandler<OpenReviewRoundCommand, ReviewRoundDetails>
{
    // Holds the work's row until commit, so that two rounds opened at once take their numbers one after the other.
    private const string HoldWorkSql = "UPDATE research.works SET version = version WHERE id = @WorkId";
    private const string LastNumberSql = "SELECT COALESCE(MAX(number), 0) FROM research.review_rounds WHERE work_id = @WorkId";
    private const string OpenRoundSql = """
        SELECT r.id, r.number,
               SUM(CASE WHEN a.status IN ('invited', 'accepted') THEN 1 ELSE 0 END) AS owed,
               SUM(CASE WHEN a.status = 'submitted' THEN 1 ELSE 0 END) AS submitted
        FROM research.review_rounds r
        LEFT JOIN research.review_assignments a ON a.round_id = r.id
        WHERE r.work_id = @WorkId AND r.status = 'open'
        GROUP BY r.id, r.number
        """;

    private const string CloseSql = "UPDATE research.review_rounds SET status = 'closed' WHERE work_id = @WorkId AND status = 'open'";
    private const string InsertSql = "INSERT INTO research.review_rounds (id, work_id, number, opened_on, status) VALUES (@Id, @WorkId, @Number, @Today, 'open')";

    public async ValueTask<ReviewRoundDetails> Handle(OpenReviewRoundCommand command, CancellationToken cancellationToken)
    {
        var today = write.Today;
        await write.ExecuteAsync(HoldWorkSql, new { command.WorkId }, cancellationToken);
        var work = await WorkRow.GetAsync(write, command.WorkId, cancellationToken);
        if (work.Status != WorkStatus.InReview)
        {
            throw new ConflictException("Work not in review", $"Review rounds open while a work is in review; this work is '{work.Status.ToText()}'.", "work-not-in-review");
        }

        var open = await write.QuerySingleOrDefaultAsync<OpenRound>(OpenRoundSql, new { command.WorkId }, cancellationToken);
        if (open is not null && (open.Owed > 0 || open.Submitted == 0))
        {
            throw new ConflictException(
                "Review round still open",
                open.Owed > 0
                    ? $"Round {open.Number} still waits for {open.Owed} review(s); the next round opens once they are submitted or declined."
                    : $"Round {open.Number} has no submitted review yet; invite reviewers to it before opening another.",
                "review-round-open");
        }

        var number = await write.QuerySingleOrDefaultAsync<int>(LastNumberSql, new { command.WorkId }, cancellationToken) + 1;
        var id = write.NewId();
        if (open is not null)
        {
            await write.ExecuteAsync(CloseSql, new { command.WorkId }, cancellationToken);
            await write.RecordChangesAsync(AuditedEntities.ReviewRound, open.Id, "close", [new Iom.SharedKernel.Auditing.AuditChange("status", ReviewRounds.Open, ReviewRounds.Closed)], cancellationToken);
        }

        await write.ExecuteAsync(InsertSql, new { Id = id, command.WorkId, Number = number, Today = today }, cancellationToken);
        var round = new ReviewRoundDetails(id, command.WorkId, number, today, ReviewRounds.Open, []);
        await write.RecordAsync(AuditedEntities.ReviewRound, id, "create", null, round, cancellationToken);
        return round;
    }
}

internal sealed class OpenRound
{
    public Guid Id { get; set; }
    public int Number { get; set; }
    public int Owed { get; set; }
    public int Submitted { get; set; }
}
