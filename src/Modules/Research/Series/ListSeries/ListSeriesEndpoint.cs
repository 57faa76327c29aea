using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Series;

internal static class ListSeriesEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/series", async (ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new ListSeriesQuery(), ct)))
            .WithName("Research_ListSeries")
            .WithSummary("List the publication series by code")
            .Produces<IReadOnlyList<SeriesDetails>>();
}
