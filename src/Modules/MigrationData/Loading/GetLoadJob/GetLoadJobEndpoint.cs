using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Loading;

internal static class GetLoadJobEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/load-jobs/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new GetLoadJobQuery(id), ct)))
            .WithName("MigrationData_GetLoadJob")
            .WithSummary("Get a bulk load job: its status, progress and report")
            .Produces<LoadJobDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
