using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Catalogue;

internal static class ListEditionsEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/datasets/{datasetId:guid}/editions", async (Guid datasetId, ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new ListEditionsQuery(datasetId), ct)))
            .WithName("MigrationData_ListEditions")
            .WithSummary("List a dataset's editions, latest release first")
            .Produces<IReadOnlyList<EditionDetails>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
