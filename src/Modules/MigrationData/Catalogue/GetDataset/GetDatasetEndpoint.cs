using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Catalogue;

internal static class GetDatasetEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapGetById(module, "/datasets/{id:guid}", id => new GetDatasetQuery(id), "MigrationData_GetDataset", "Get a dataset");
}
