using Dapper;
using Iom.Modules.Research.Works;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;
using Mediator;

namespace Iom.Modules.Research.Reviews;

/// <summary>Open the next review round of a work in review; the previous round closes.</summary>
internal sealed record OpenReviewRoundCommand(Guid WorkId) : ICommand<ReviewRoundDetails>;

internal sealed class OpenReviewRoundCommandHandler(WriteSession write)
    : ICommandHandler<OpenReviewRoundCommand, ReviewRoundDetails>
{
    private const string LastNumberSql = "SELECT COALESCE(MAX(number), 0) FROM research.review_rounds WHERE work_id = @WorkId";
    private const string CloseSql = "UPDATE research.review_rounds SET status = 'closed' WHERE work_id = @WorkId AND status = 'open'";
    private const string InsertSql = "INSERT INTO research.review_rounds (id, work_id, number, opened_on, status) VALUES (@Id, @WorkId, @Number, @Today, 'open')";

    public async ValueTask<ReviewRoundDetails> Handle(OpenReviewRoundCommand command, CancellationToken cancellationToken)
    {
        var today = write.Today;
        var work = await WorkRow.GetAsync(write, command.WorkId, cancellationToken);
        if (work.Status != WorkStatus.InReview)
        {
            throw new ConflictException("Work not in review", $"Review rounds open while a work is in review; this work is '{work.Status.ToText()}'.", "work-not-in-review");
        }

        var number = await write.QuerySingleOrDefaultAsync<int>(LastNumberSql, new { command.WorkId }, cancellationToken) + 1;
        var id = Guid.CreateVersion7();
        await write.ExecuteAsync(CloseSql, new { command.WorkId }, cancellationToken);
        await write.ExecuteAsync(InsertSql, new { Id = id, command.WorkId, Number = number, Today = today }, cancellationToken);
        var round = new ReviewRoundDetails(id, command.WorkId, number, today, ReviewRounds.Open, []);
        await write.RecordAsync(AuditedEntities.ReviewRound, id, "create", null, round, cancellationToken);
        return round;
    }
}
