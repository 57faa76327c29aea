using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Geography;

internal static class GetRegionEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/regions/{scheme}/{code}", async (string scheme, string code, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new GetRegionQuery(scheme, code), ct)))
            .WithName("MigrationData_GetRegion")
            .WithSummary("Get a region with its member countries")
            .Produces<RegionDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
