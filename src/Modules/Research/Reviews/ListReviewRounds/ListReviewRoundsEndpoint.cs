using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Reviews;

internal static class ListReviewRoundsEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ListReviewRoundsQuery, Page<ReviewRoundDetails>>(
                module, "/works/{workId:guid}/review-rounds", "Research_ListReviewRounds", "List a work's review rounds with their reviewers")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
