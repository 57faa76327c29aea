using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Reviews;

internal static class ChangeReviewAssignmentEndpoint
{
    public static void Map(RouteGroupBuilder module)
    {
        ActionEndpoints.Map(module, "review-assignments", (id, action, version) => new ChangeReviewAssignmentCommand(id, action, null, version),
            new StatusAction("accept", "Research_AcceptReview", "The reviewer accepts the invitation"),
            new StatusAction("decline", "Research_DeclineReview", "The reviewer declines the invitation"));
        ActionEndpoints.MapWithBody<SubmitReviewRequest, ReviewAssignmentDetails>(module, "/review-assignments/{id:guid}/submit",
            (id, request, version) => new ChangeReviewAssignmentCommand(id, "submit", request.Recommendation, version),
            "Research_SubmitReview", "Submit an accepted review with its recommendation");
    }
}
