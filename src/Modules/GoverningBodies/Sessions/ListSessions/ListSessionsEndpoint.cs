using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Sessions;

internal static class ListSessionsEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ListSessionsQuery, Page<SessionDetails>>(module, "/sessions", "GoverningBodies_ListSessions", "List sessions");
}
