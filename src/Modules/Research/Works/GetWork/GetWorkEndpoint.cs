using Iom.Modules.Research.Data;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Works;

internal static class GetWorkEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapGetById(module, "/works/{id:guid}", id => new GetWorkQuery(id), "Research_GetWork", "Get a publication (work) with its clearances");
}
