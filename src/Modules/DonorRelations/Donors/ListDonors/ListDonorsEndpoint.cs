using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Donors;

internal static class ListDonorsEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ListDonorsQuery, Page<DonorDetails>>(module, "/donors", "DonorRelations_ListDonors", "List donors by code, filtered by type or text");
}
