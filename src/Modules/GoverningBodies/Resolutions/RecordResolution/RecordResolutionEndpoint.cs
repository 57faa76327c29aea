using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Resolutions.RecordResolution;

internal static class RecordResolutionEndpoint
{
    public static void Map(RouteGroupBuilder resolutions) =>
        resolutions.MapPost("/", async (RecordResolutionCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var resolution = await sender.Send(command, ct);
                return ConditionalRequests.CreatedInCollection(http, resolution.Id, resolution);
            })
            .WithName("GoverningBodies_RecordResolution")
            .WithSummary("Record a resolution a session adopted")
            .Produces<ResolutionDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
