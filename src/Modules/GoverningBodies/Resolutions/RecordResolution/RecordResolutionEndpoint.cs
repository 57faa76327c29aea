using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Resolutions;

internal static class RecordResolutionEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapCreate<RecordResolutionCommand, ResolutionDetails>(module, "/resolutions", r => r.Id, "GoverningBodies_RecordResolution", "Record a resolution a session adopted")
            .ProducesProblem(StatusCodes.Status409Conflict);
}
