using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Observers;

internal static class UpdateObserverEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapPatch<ObserverPatch, ObserverDetails>(
                module, "/observers/{id:guid}", (id, patch, version) => new UpdateObserverCommand(id, patch, version),
                "GoverningBodies_UpdateObserver", "Correct an observer, or record the end of its status (withdrawnOn)")
            .WithDescription("JSON Merge Patch (RFC 7396) with If-Match (428 without it).");
}
