using Dapper;
using Iom.Modules.Research.Data;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Series;

internal static class GetSeriesEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapGetById(module, "/series/{id:guid}", id => new GetSeriesQuery(id), "Research_GetSeries", "Get a publication series");
}
