using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Bodies;

internal static class ListBodiesEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        ResourceEndpoints.MapList<ListBodiesQuery, Page<GoverningBody>>(group, "/bodies", "GoverningBodies_ListBodies", "List the governing bodies and their notice rules");
}
