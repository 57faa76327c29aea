using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Sessions;

internal static class GetSessionEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapGetById(module, "/sessions/{id:guid}", id => new GetSessionQuery(id), "GoverningBodies_GetSession", "Get a session");
}
