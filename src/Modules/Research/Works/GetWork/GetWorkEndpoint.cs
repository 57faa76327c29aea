using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Works;

internal static class GetWorkEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapGetById(module, "/works/{id:guid}", id => new GetWorkQuery(id), "Research_GetWork", "Get a publication (work) with its clearances");
}
