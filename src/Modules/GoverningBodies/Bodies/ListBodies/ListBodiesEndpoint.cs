using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Bodies;

internal static class ListBodiesEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/bodies", async (ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new ListBodiesQuery(), ct)))
            .WithName("GoverningBodies_ListBodies")
            .WithSummary("List the governing bodies and their notice rules")
            .Produces<IReadOnlyList<GoverningBody>>();
}
