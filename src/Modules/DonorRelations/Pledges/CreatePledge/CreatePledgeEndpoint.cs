using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Pledges;

internal static class CreatePledgeEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapCreate<CreatePledgeCommand, PledgeDetails>(module, "/pledges", r => r.Id, "DonorRelations_CreatePledge", "Record a pledge with its instalments")
            .ProducesProblem(StatusCodes.Status409Conflict);
}
