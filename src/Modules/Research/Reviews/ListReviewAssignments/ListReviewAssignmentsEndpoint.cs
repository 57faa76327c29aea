using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Reviews;

internal static class ListReviewAssignmentsEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ListReviewAssignmentsQuery, Page<ReviewAssignmentDetails>>(module, "/review-assignments", "Research_ListReviewAssignments", "List review assignments, soonest due first; overdue=true for reviews owed past their date");
}
