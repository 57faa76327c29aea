using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Sittings;

internal static class UpdateSittingEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapPatch<SittingPatch, SittingDetails>(
                module, "/sittings/{id:guid}", (id, patch, version) => new UpdateSittingCommand(id, patch, version),
                "GoverningBodies_UpdateSitting", "Correct or move a sitting, or change the agenda items it takes up")
            .WithDescription("JSON Merge Patch (RFC 7396) with If-Match (428 without it). 409 once the session closes or the sitting is cancelled, "
                + "when the room is booked, or when an item taken off still has speakers on it.");
}
