using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Geography;

internal static class ListRegionsEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/regions", async ([FromQuery] string? scheme, ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new ListRegionsQuery(scheme), ct)))
            .WithName("MigrationData_ListRegions")
            .WithSummary("List the regions of the M49, SDG, IOM and World Bank income schemes")
            .Produces<IReadOnlyList<Area>>()
            .ProducesValidationProblem();
}
