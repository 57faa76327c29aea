using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Observers;

internal static class GrantObserverStatusEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapCreate<GrantObserverStatusCommand, ObserverDetails>(module, "/observers", o => o.Id, "GoverningBodies_GrantObserverStatus", "Record observer status the Council granted")
            .WithDescription("A Member State is not an observer (409); a state is an observer once (409).")
            .ProducesProblem(StatusCodes.Status409Conflict);
}
