using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Catalogue;

internal static class DeleteDatasetEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapDelete(module, "/datasets/{id:guid}", (id, version) => new DeleteDatasetCommand(id, version), "MigrationData_DeleteDataset", "Remove a dataset added by mistake")
            .WithDescription("With If-Match (428 without it). While the dataset has editions, 409 says so. Its history stays readable.");
}
