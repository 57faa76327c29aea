using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Series;

internal static class DeleteSeriesEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapDelete(module, "/series/{id:guid}", (id, version) => new DeleteSeriesCommand(id, version), "Research_DeleteSeries", "Remove a series created by mistake")
            .WithDescription("With If-Match (428 without it). While works belong to the series, 409 says how many. Its history stays readable.");
}
