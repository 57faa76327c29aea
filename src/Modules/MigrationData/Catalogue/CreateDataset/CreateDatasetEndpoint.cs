using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Catalogue;

internal static class CreateDatasetEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapCreate<CreateDatasetCommand, DatasetDetails>(module, "/datasets", r => r.Id, "MigrationData_CreateDataset", "Add a dataset of a partner")
            .ProducesProblem(StatusCodes.Status409Conflict);
}
