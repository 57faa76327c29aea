using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Reviews;

internal static class GetReviewAssignmentEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapGetById(module, "/review-assignments/{id:guid}", id => new GetReviewAssignmentQuery(id), "Research_GetReviewAssignment", "Get a review assignment");
}
