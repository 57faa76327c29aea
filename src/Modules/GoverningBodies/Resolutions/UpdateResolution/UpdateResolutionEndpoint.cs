using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Resolutions;

internal static class UpdateResolutionEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapPatch<ResolutionPatch, ResolutionDetails>(
                module, "/resolutions/{id:guid}", (id, patch, version) => new UpdateResolutionCommand(id, patch, version),
                "GoverningBodies_UpdateResolution", "Correct a resolution's title")
            .WithDescription("JSON Merge Patch (RFC 7396) with If-Match (428 without it), until the report of its session is adopted (then 409).");
}
