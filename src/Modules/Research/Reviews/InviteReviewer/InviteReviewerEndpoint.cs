using FluentValidation;
using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Reviews;

internal static class InviteReviewerEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapPost("/review-rounds/{roundId:guid}/assignments", async (Guid roundId, InviteReviewerRequest request, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var assignment = await sender.Send(new InviteReviewerCommand(roundId, request.Reviewer, request.ReviewerOrcid, request.DueOn), ct);
                return ConditionalRequests.Created(http, $"{http.Request.PathBase}/api/v1/research/review-assignments/{assignment.Id}", assignment);
            })
            .WithName("Research_InviteReviewer")
            .WithSummary("Invite a reviewer into a work's open review round")
            .Produces<ReviewAssignmentDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
