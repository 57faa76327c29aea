using FluentValidation;
using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Catalogue;

internal static class CreateEditionEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapPost("/datasets/{datasetId:guid}/editions", async (Guid datasetId, CreateEditionRequest request, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var edition = await sender.Send(new CreateEditionCommand(datasetId, request.Edition, request.ReleasedOn, request.RetrievedOn, request.Notes), ct);
                return ConditionalRequests.Created(http, $"{http.Request.PathBase}/api/v1/migration-data/editions/{edition.Id}", edition);
            })
            .WithName("MigrationData_CreateEdition")
            .WithSummary("Add an edition (vintage) to a dataset")
            .Produces<EditionDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
