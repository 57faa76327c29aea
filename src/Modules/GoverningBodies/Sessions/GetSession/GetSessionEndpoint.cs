using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Sessions.GetSession;

internal static class GetSessionEndpoint
{
    public static void Map(RouteGroupBuilder sessions) =>
        sessions.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                ConditionalRequests.Ok(http, await sender.Send(new GetSessionQuery(id), ct)))
            .WithName("GoverningBodies_GetSession")
            .WithSummary("Get a session")
            .Produces<SessionDetails>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
