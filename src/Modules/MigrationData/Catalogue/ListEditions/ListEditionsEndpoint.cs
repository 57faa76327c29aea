using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Catalogue;

internal static class ListEditionsEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ListEditionsQuery, Page<EditionDetails>>(module, "/datasets/{datasetId:guid}/editions", "MigrationData_ListEditions", "List a dataset's editions, latest release first")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
