using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Works;

internal static class CreateWorkEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapCreate<CreateWorkCommand, WorkDetails>(module, "/works", r => r.Id, "Research_CreateWork", "Propose a publication (work) for the programme")
            .ProducesProblem(StatusCodes.Status409Conflict);
}
