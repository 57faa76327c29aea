using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Sessions;

internal static class DeleteSessionEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapDelete(module, "/sessions/{id:guid}", (id, version) => new DeleteSessionCommand(id, version), "GoverningBodies_DeleteSession", "Remove a session scheduled by mistake")
            .WithDescription("Only a planned session (no notice sent) that no agenda item, document or resolution refers to; otherwise 409 says why. Its history stays readable.");
}
