using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Appeals;

internal static class CreateAppealEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapCreate<CreateAppealCommand, AppealDetails>(module, "/appeals", r => r.Id, "DonorRelations_CreateAppeal", "Draft an appeal with its requirements by objective, region and country")
            .ProducesProblem(StatusCodes.Status409Conflict);
}
