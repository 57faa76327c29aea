using Dapper;
using FluentValidation;
using Iom.Modules.MigrationData.Data;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
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
