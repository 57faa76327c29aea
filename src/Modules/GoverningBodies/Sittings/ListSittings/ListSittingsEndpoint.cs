using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Sittings;

internal static class ListSittingsEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ListSittingsQuery, Page<SittingDetails>>(module, "/sessions/{sessionId:guid}/sittings", "GoverningBodies_ListSittings", "List a session's sittings by number")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
