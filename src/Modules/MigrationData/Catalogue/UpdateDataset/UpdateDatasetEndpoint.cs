using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Catalogue;

internal static class UpdateDatasetEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapPatch<DatasetPatch, DatasetDetails>(
                module, "/datasets/{id:guid}", (id, patch, version) => new UpdateDatasetCommand(id, patch, version), "MigrationData_UpdateDataset", "Correct a dataset's title, licence, coverage or methodology")
            .WithDescription("JSON Merge Patch (RFC 7396) with If-Match (428 without it). The code and the partner do not change.");
}
