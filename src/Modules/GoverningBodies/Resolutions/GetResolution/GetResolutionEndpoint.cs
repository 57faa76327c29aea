using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Resolutions;

internal static class GetResolutionEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapGetById(module, "/resolutions/{id:guid}", id => new GetResolutionQuery(id), "GoverningBodies_GetResolution", "Get a resolution");
}
