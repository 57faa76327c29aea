using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Speakers;

internal static class DeleteSpeakerEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapDelete(module, "/speakers/{id:guid}", (id, version) => new DeleteSpeakerCommand(id, version), "GoverningBodies_DeleteSpeaker", "Take a speaker inscribed by mistake off the list")
            .WithDescription("With If-Match (428 without it); the speakers after them move up one. 409 once they spoke. Its history stays readable.");
}
