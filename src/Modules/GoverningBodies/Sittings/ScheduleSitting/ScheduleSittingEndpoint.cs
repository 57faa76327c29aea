using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Sittings;

internal static class ScheduleSittingEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapPost("/sessions/{sessionId:guid}/sittings", async (Guid sessionId, ScheduleSittingRequest request, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var sitting = await sender.Send(request.ToCommand(sessionId), ct);
                return ConditionalRequests.Created(http, $"{http.Request.PathBase}/api/v1/governing-bodies/sittings/{sitting.Id}", sitting);
            })
            .WithName("GoverningBodies_ScheduleSitting")
            .WithSummary("Schedule a sitting (meeting) of a session, with the agenda items it takes up")
            .WithDescription("409 when the room is booked for an overlapping sitting, when the number is taken, or once the session has closed.")
            .Produces<SittingDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
