using Iom.SharedKernel.Data;
using FluentValidation;
using Iom.Modules.Research.Data;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Projects;

internal static class RecordEthicsReviewEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapPost("/projects/{id:guid}/ethics-review", async (Guid id, RecordEthicsReviewRequest request, ISender sender, HttpContext http, CancellationToken ct) =>
                ConditionalRequests.Ok(http, await sender.Send(new RecordEthicsReviewCommand(id, request.Status, request.Reference, ConditionalRequests.ExpectedVersion(http.Request)), ct)))
            .WithName("Research_RecordEthicsReview")
            .WithSummary("Record the ethics board's decision on a project")
            .Produces<ProjectDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
