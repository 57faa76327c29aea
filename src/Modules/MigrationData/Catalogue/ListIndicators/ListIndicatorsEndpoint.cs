using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Catalogue;

internal static class ListIndicatorsEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ListIndicatorsQuery, Page<IndicatorDetails>>(module, "/indicators", "MigrationData_ListIndicators", "List indicators by code, filtered by topic or text");
}
