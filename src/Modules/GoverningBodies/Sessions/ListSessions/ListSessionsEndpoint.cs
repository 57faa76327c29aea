using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Sessions.ListSessions;

internal static class ListSessionsEndpoint
{
    public static void Map(RouteGroupBuilder sessions) =>
        ResourceEndpoints.MapList<ListSessionsQuery, Page<SessionDetails>>(sessions, "/", "GoverningBodies_ListSessions", "List sessions");
}
