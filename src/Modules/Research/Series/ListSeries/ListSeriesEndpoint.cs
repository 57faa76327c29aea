using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Series;

internal static class ListSeriesEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ListSeriesQuery, Page<SeriesDetails>>(module, "/series", "Research_ListSeries", "List the publication series by code");
}
