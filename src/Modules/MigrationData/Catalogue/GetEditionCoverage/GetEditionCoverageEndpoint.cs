using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Catalogue;

internal static class GetEditionCoverageEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/editions/{id:guid}/coverage", async (Guid id, ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new GetEditionCoverageQuery(id), ct)))
            .WithName("MigrationData_GetEditionCoverage")
            .WithSummary("What an edition covers (areas × periods per indicator) beside what its dataset serves now")
            .WithDescription("Read it before releasing a draft: areas and periods the current edition has and this one lacks are listed.")
            .Produces<EditionCoverage>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
