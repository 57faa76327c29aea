using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Flows;

internal static class ListFlowsEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ListFlowsQuery, Page<FlowDetails>>(module, "/flows", "DonorRelations_ListFlows", "List funding flows, latest first, filtered by donor, appeal, budget year or status");
}
