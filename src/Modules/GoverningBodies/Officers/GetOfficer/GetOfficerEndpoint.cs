using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Officers;

internal static class GetOfficerEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapGetById(module, "/officers/{id:guid}", id => new GetOfficerQuery(id), "GoverningBodies_GetOfficer", "Get an officer of a session");
}
