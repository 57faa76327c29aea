using FluentValidation;
using Iom.Modules.Research.Data;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Time;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Reviews;

internal static class ListReviewAssignmentsEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ListReviewAssignmentsQuery, Page<ReviewAssignmentDetails>>(module, "/review-assignments", "Research_ListReviewAssignments", "List review assignments, soonest due first; overdue=true for reviews owed past their date");
}
