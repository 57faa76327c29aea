using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Observers;

internal static class GetObserverEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapGetById(module, "/observers/{id:guid}", id => new GetObserverQuery(id), "GoverningBodies_GetObserver", "Get an observer");
}
