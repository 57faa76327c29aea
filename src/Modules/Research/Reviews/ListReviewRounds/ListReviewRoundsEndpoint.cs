using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Reviews;

internal static class ListReviewRoundsEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/works/{workId:guid}/review-rounds", async (Guid workId, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new ListReviewRoundsQuery(workId), ct)))
            .WithName("Research_ListReviewRounds")
            .WithSummary("List a work's review rounds with their reviewers")
            .Produces<IReadOnlyList<ReviewRoundDetails>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
