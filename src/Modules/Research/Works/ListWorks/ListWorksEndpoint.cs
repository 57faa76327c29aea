using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Works;

internal static class ListWorksEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ListWorksQuery, Page<WorkDetails>>(module, "/works", "Research_ListWorks", "List publications (works), filtered by status, type, series, programme year, language or text");
}
