using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Series;

internal static class GetSeriesEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapGetById(module, "/series/{id:guid}", id => new GetSeriesQuery(id), "Research_GetSeries", "Get a publication series");
}
