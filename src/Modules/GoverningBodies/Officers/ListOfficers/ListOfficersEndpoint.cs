using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Officers;

internal static class ListOfficersEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ListOfficersQuery, Page<OfficerDetails>>(module, "/sessions/{sessionId:guid}/officers", "GoverningBodies_ListOfficers", "List a session's officers")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
