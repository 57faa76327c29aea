using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Observers;

internal static class DeleteObserverEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapDelete(module, "/observers/{id:guid}", (id, version) => new DeleteObserverCommand(id, version), "GoverningBodies_DeleteObserver", "Remove an observer recorded by mistake")
            .WithDescription("With If-Match (428 without it); 409 while a delegation refers to it. Its history stays readable.");
}
