using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Sittings;

internal static class DeleteSittingEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapDelete(module, "/sittings/{id:guid}", (id, version) => new DeleteSittingCommand(id, version), "GoverningBodies_DeleteSitting", "Remove a sitting scheduled by mistake")
            .WithDescription("With If-Match (428 without it); only a scheduled sitting with no speaker inscribed, otherwise 409 says why. Its history stays readable.");
}
