using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.MemberStates;

internal static class GetVotingRightsReportEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/sessions/{sessionId:guid}/voting-rights", async (Guid sessionId, [FromQuery] DateOnly? asOf, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new GetVotingRightsReportQuery(sessionId, asOf), ct)))
            .WithName("GoverningBodies_GetVotingRightsReport")
            .WithSummary("Get the voting-rights status of the Member States for a session, as of a day (the content of the restricted document C/<n>/4)")
            .WithDescription("Needs the scope governing-bodies:restricted (403 without it). asOf defaults to the session's opening day.")
            .Produces<VotingRightsReport>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
