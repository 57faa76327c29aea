using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Speakers;

internal static class GetSpeakerEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapGetById(module, "/speakers/{id:guid}", id => new GetSpeakerQuery(id), "GoverningBodies_GetSpeaker", "Get a speaker on a sitting's list");
}
