using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Sessions;

internal static class UpdateSessionEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapPatch<SessionPatch, SessionDetails>(
                module, "/sessions/{id:guid}", (id, patch, version) => new UpdateSessionCommand(id, patch, version),
                "GoverningBodies_UpdateSession", "Edit a session's title, theme, dates, venue or format")
            .WithDescription("JSON Merge Patch (RFC 7396). Send If-Match with the ETag you read (428 without it); a stale one answers 412 and changes nothing.");
}
