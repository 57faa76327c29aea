using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Speakers;

internal static class UpdateSpeakerEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapPatch<SpeakerPatch, SpeakerDetails>(
                module, "/speakers/{id:guid}", (id, patch, version) => new UpdateSpeakerCommand(id, patch, version),
                "GoverningBodies_UpdateSpeaker", "Correct an inscribed speaker or move them on the list")
            .WithDescription("JSON Merge Patch (RFC 7396) with If-Match (428 without it), while inscribed (409 once they spoke or withdrew).");
}
