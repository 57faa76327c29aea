using FluentValidation;
using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Catalogue;

internal static class CreateIndicatorEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapPost("/indicators", async (CreateIndicatorCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var indicator = await sender.Send(command, ct);
                return ConditionalRequests.Created(http, $"{http.Request.PathBase}/api/v1/migration-data/indicators/{Uri.EscapeDataString(indicator.Code)}", indicator);
            })
            .WithName("MigrationData_CreateIndicator")
            .WithSummary("Add an indicator")
            .Produces<IndicatorDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
