using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Catalogue;

internal static class ListDatasetsEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ListDatasetsQuery, Page<DatasetDetails>>(module, "/datasets", "MigrationData_ListDatasets", "List datasets by code");
}
