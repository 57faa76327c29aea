using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Catalogue;

internal static class ListDatasetsEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/datasets", async ([FromQuery] Guid? partnerId, ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new ListDatasetsQuery(partnerId), ct)))
            .WithName("MigrationData_ListDatasets")
            .WithSummary("List datasets by code")
            .Produces<IReadOnlyList<DatasetDetails>>()
            .ProducesValidationProblem();
}
