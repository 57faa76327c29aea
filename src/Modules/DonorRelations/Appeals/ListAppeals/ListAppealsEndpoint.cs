using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Appeals;

internal static class ListAppealsEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ListAppealsQuery, Page<AppealDetails>>(module, "/appeals", "DonorRelations_ListAppeals", "List appeals by code, filtered by year or type");
}
