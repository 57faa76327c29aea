using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Exports;

internal static class GetCrossrefDepositEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/works/{id:guid}/crossref", async (Guid id, ISender sender, CancellationToken ct) =>
                Results.Text(await sender.Send(new GetCrossrefDepositQuery(id), ct), "application/xml", System.Text.Encoding.UTF8))
            .WithName("Research_GetCrossrefDeposit")
            .WithSummary("The Crossref deposit XML of a work: a record per language version with a DOI, linked by translation relations")
            .Produces<string>(StatusCodes.Status200OK, "application/xml")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
