using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Sittings;

internal static class GetTimetableEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/sessions/{sessionId:guid}/timetable", async (Guid sessionId, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new GetTimetableQuery(sessionId), ct)))
            .WithName("GoverningBodies_GetTimetable")
            .WithSummary("Get a session's timetable: officers, sittings by date and time, their agenda items and speakers")
            .Produces<SessionTimetable>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
