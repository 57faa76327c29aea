using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Flows;

internal static class GetFlowEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapGetById(module, "/flows/{id:guid}", id => new GetFlowQuery(id), "DonorRelations_GetFlow", "Get a funding flow");
}
