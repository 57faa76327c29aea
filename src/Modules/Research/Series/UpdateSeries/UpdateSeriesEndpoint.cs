using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Series;

internal static class UpdateSeriesEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapPatch<SeriesPatch, SeriesDetails>(
                module, "/series/{id:guid}", (id, patch, version) => new UpdateSeriesCommand(id, patch, version), "Research_UpdateSeries", "Correct a series' name, ISSN or editor")
            .WithDescription("JSON Merge Patch (RFC 7396) with If-Match (428 without it). The code does not change; an ISSN another series has is a 409.");
}
