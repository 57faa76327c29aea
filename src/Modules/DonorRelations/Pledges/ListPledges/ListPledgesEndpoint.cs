using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Pledges;

internal static class ListPledgesEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ListPledgesQuery, Page<PledgeDetails>>(module, "/pledges", "DonorRelations_ListPledges", "List pledges, newest first, with conversion and overdue instalments computed");
}
