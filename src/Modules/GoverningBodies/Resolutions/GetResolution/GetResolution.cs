using Iom.Modules.GoverningBodies.Data;
using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Resolutions.GetResolution;

internal sealed record GetResolutionQuery(Guid Id) : IQuery<ResolutionDetails>;

internal sealed class GetResolutionQueryHandler(GoverningBodiesDatabase db) : IQueryHandler<GetResolutionQuery, ResolutionDetails>
{
    public async ValueTask<ResolutionDetails> Handle(GetResolutionQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await ResolutionRow.GetAsync(connection, null, query.Id, cancellationToken)).ToResponse();
    }
}

internal static class GetResolutionEndpoint
{
    public static void Map(RouteGroupBuilder resolutions) =>
        resolutions.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                ConditionalRequests.Ok(http, await sender.Send(new GetResolutionQuery(id), ct)))
            .WithName("GoverningBodies_GetResolution")
            .WithSummary("Get a resolution")
            .Produces<ResolutionDetails>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
