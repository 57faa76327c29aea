using FluentValidation;
using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Catalogue;

internal static class GetIndicatorEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/indicators/{code}", async (string code, ISender sender, HttpContext http, CancellationToken ct) =>
                ConditionalRequests.Ok(http, await sender.Send(new GetIndicatorQuery(code), ct)))
            .WithName("MigrationData_GetIndicator")
            .WithSummary("Get an indicator")
            .Produces<IndicatorDetails>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
