using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Delegations;

internal static class GetDelegationEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapGetById(module, "/delegations/{id:guid}", id => new GetDelegationQuery(id), "GoverningBodies_GetDelegation", "Get a delegation");
}
