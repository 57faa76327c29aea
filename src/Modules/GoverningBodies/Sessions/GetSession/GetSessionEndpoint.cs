using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Sessions.GetSession;

internal static class GetSessionEndpoint
{
    public static void Map(RouteGroupBuilder sessions) =>
        ResourceEndpoints.MapGetById(sessions, "/{id:guid}", id => new GetSessionQuery(id), "GoverningBodies_GetSession", "Get a session");
}
