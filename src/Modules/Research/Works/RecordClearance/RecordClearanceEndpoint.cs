using FluentValidation;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Works;

internal static class RecordClearanceEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapPut("/works/{id:guid}/clearances/{kind}", async (
                Guid id, [FromRoute, QueryEnum(typeof(ClearanceKind))] string kind, RecordClearanceRequest request, ISender sender, HttpContext http, CancellationToken ct) =>
                ConditionalRequests.Ok(http, await sender.Send(new RecordClearanceCommand(id, kind, request.Status, request.Note, ConditionalRequests.ExpectedVersion(http.Request)), ct)))
            .WithName("Research_RecordClearance")
            .WithSummary("Record a clearance decision on a work: passed, failed or not applicable")
            .Produces<WorkDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
