using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Resolutions;

internal static class ListResolutionsEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ListResolutionsQuery, Page<ResolutionDetails>>(module, "/resolutions", "GoverningBodies_ListResolutions", "List resolutions by number");
}
