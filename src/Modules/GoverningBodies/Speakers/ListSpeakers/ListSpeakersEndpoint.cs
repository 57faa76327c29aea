using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Speakers;

internal static class ListSpeakersEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ListSpeakersQuery, Page<SpeakerDetails>>(module, "/sittings/{sittingId:guid}/speakers", "GoverningBodies_ListSpeakers", "List a sitting's speakers in speaking order")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
