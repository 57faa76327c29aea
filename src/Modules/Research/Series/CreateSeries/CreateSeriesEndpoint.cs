using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Series;

internal static class CreateSeriesEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapCreate<CreateSeriesCommand, SeriesDetails>(module, "/series", r => r.Id, "Research_CreateSeries", "Create a publication series")
            .ProducesProblem(StatusCodes.Status409Conflict);
}
