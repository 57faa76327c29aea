using Iom.SharedKernel.Paging;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Sessions.ListSessions;

internal static class ListSessionsEndpoint
{
    public static void Map(RouteGroupBuilder sessions) =>
        sessions.MapGet("/", async ([AsParameters] ListSessionsQuery query, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(query, ct)))
            .WithName("GoverningBodies_ListSessions")
            .WithSummary("List sessions")
            .Produces<Page<SessionDetails>>()
            .ProducesValidationProblem();
}
