using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Geography;

internal static class ListRegionsEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ListRegionsQuery, Page<Area>>(
            module, "/regions", "MigrationData_ListRegions", "List the regions of the M49, SDG, IOM and World Bank income schemes");
}
