using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Sessions.ScheduleSession;

internal static class ScheduleSessionEndpoint
{
    public static void Map(RouteGroupBuilder sessions) =>
        sessions.MapPost("/", async (ScheduleSessionCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var session = await sender.Send(command, ct);
                return ConditionalRequests.CreatedInCollection(http, session.Id, session);
            })
            .WithName("GoverningBodies_ScheduleSession")
            .WithSummary("Schedule a session")
            .WithDescription("The notice deadline is computed from the body's rules of procedure: Council regular sessions 30 days, special sessions 15 days, SCPF two weeks.")
            .Produces<SessionDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
