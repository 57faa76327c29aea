using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Sittings;

internal static class GetSittingEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapGetById(module, "/sittings/{id:guid}", id => new GetSittingQuery(id), "GoverningBodies_GetSitting", "Get a sitting");
}
