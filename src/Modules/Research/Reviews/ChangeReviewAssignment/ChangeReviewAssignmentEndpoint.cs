using Iom.SharedKernel.Time;
using Iom.SharedKernel.Data;
using FluentValidation;
using Iom.Modules.Research.Data;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Reviews;

internal static class ChangeReviewAssignmentEndpoint
{
    public static void Map(RouteGroupBuilder module)
    {
        ActionEndpoints.Map(module, "review-assignments", (id, action, version) => new ChangeReviewAssignmentCommand(id, action, null, version),
            new StatusAction("accept", "Research_AcceptReview", "The reviewer accepts the invitation"),
            new StatusAction("decline", "Research_DeclineReview", "The reviewer declines the invitation"));
        module.MapPost("/review-assignments/{id:guid}/submit", async (Guid id, SubmitReviewRequest request, ISender sender, HttpContext http, CancellationToken ct) =>
                ConditionalRequests.Ok(http, await sender.Send(new ChangeReviewAssignmentCommand(id, "submit", request.Recommendation, ConditionalRequests.ExpectedVersion(http.Request)), ct)))
            .WithName("Research_SubmitReview")
            .WithSummary("Submit an accepted review with its recommendation")
            .Produces<ReviewAssignmentDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }
}
