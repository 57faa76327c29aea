using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Flows;

internal static class CreateFlowEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapCreate<CreateFlowCommand, FlowDetails>(module, "/flows", r => r.Id, "DonorRelations_CreateFlow", "Record a funding flow (pledge, commitment or payment) in original currency and USD")
            .ProducesProblem(StatusCodes.Status409Conflict);
}
