using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Appeals;

internal static class GetAppealEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapGetById(module, "/appeals/{id:guid}", id => new GetAppealQuery(id), "DonorRelations_GetAppeal", "Get an appeal with its requirement lines");
}
