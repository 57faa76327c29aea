using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Sessions;

internal static class ScheduleSessionEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapCreate<ScheduleSessionCommand, SessionDetails>(module, "/sessions", s => s.Id, "GoverningBodies_ScheduleSession", "Schedule a session")
            .WithDescription("The notice deadline is computed from the body's rules of procedure: Council regular sessions 30 days, special sessions 15 days, SCPF two weeks.")
            .ProducesProblem(StatusCodes.Status409Conflict);
}
