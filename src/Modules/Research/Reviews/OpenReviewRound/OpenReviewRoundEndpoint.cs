using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Reviews;

internal static class OpenReviewRoundEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapPost("/works/{workId:guid}/review-rounds", async (Guid workId, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var round = await sender.Send(new OpenReviewRoundCommand(workId), ct);
                return Results.Created($"{http.Request.PathBase}{http.Request.Path.Value?.TrimEnd('/')}", round);
            })
            .RefusesBody()
            .WithName("Research_OpenReviewRound")
            .WithSummary("Open the next peer-review round of a work in review")
            .Produces<ReviewRoundDetails>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
