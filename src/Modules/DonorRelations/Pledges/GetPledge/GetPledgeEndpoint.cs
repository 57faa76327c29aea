using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Pledges;

internal static class GetPledgeEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapGetById(module, "/pledges/{id:guid}", id => new GetPledgeQuery(id), "DonorRelations_GetPledge", "Get a pledge with its instalments, conversion and overdue amounts");
}
