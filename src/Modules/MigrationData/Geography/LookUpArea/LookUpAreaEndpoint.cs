using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Geography;

internal static class LookUpAreaEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/areas/{code}", async (string code, ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new LookUpAreaQuery(code), ct)))
            .WithName("MigrationData_LookUpArea")
            .WithSummary("Resolve an ISO 3166-1 alpha-3 or alpha-2 code, a UN M49 code, a region (sdg:747) or a former code")
            .Produces<AreaLookup>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
