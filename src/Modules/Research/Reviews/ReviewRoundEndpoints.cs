using Iom.SharedKernel.Time;
using Iom.SharedKernel.Data;
using Dapper;
using Iom.Modules.Research.Data;
using Iom.Modules.Research.Works;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Reviews;

/// <summary>Open the next review round of a work in review; the previous round closes.</summary>
internal sealed record OpenReviewRoundCommand(Guid WorkId) : ICommand<ReviewRoundDetails>;

internal sealed record ListReviewRoundsQuery(Guid WorkId) : IQuery<IReadOnlyList<ReviewRoundDetails>>;

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

internal sealed class ListReviewRoundsQueryHandler(ResearchDatabase db, TimeProvider clock) : IQueryHandler<ListReviewRoundsQuery, IReadOnlyList<ReviewRoundDetails>>
{
    public async ValueTask<IReadOnlyList<ReviewRoundDetails>> Handle(ListReviewRoundsQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        _ = await WorkRow.GetAsync(read, query.WorkId, cancellationToken);
        return await ReviewRounds.ForWorkAsync(read, query.WorkId, clock.Today(), cancellationToken);
    }
}

internal static class ReviewRoundEndpoints
{
    public static void Map(RouteGroupBuilder module)
    {
        module.MapPost("/works/{workId:guid}/review-rounds", async (Guid workId, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var round = await sender.Send(new OpenReviewRoundCommand(workId), ct);
                return Results.Created($"{http.Request.PathBase}{http.Request.Path.Value?.TrimEnd('/')}", round);
            })
            .WithName("Research_OpenReviewRound")
            .WithSummary("Open the next peer-review round of a work in review")
            .Produces<ReviewRoundDetails>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        module.MapGet("/works/{workId:guid}/review-rounds", async (Guid workId, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new ListReviewRoundsQuery(workId), ct)))
            .WithName("Research_ListReviewRounds")
            .WithSummary("List a work's review rounds with their reviewers")
            .Produces<IReadOnlyList<ReviewRoundDetails>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
