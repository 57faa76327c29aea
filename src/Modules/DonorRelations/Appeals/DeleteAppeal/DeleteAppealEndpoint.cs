using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Appeals;

internal static class DeleteAppealEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapDelete(module, "/appeals/{id:guid}", (id, version) => new DeleteAppealCommand(id, version), "DonorRelations_DeleteAppeal", "Remove a draft appeal")
            .WithDescription("With If-Match (428 without it); only a draft that no pledge, agreement or flow refers to, otherwise 409 says why. Its history stays readable.");
}
