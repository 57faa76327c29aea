using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Delegations;

internal static class DeleteDelegationEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapDelete(module, "/delegations/{id:guid}", (id, version) => new DeleteDelegationCommand(id, version), "GoverningBodies_DeleteDelegation", "Remove a delegation recorded by mistake")
            .WithDescription("With If-Match (428 without it); only before its credentials arrive and while no one is registered in it (409 otherwise).");
}
