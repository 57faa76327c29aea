using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.MemberStates;

internal static class GetVotingRightsEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/member-states/{code}/voting-rights", async (string code, [FromQuery] DateOnly? asOf, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new GetVotingRightsQuery(code, asOf), ct)))
            .WithName("GoverningBodies_GetVotingRights")
            .WithSummary("Get a Member State's voting rights on a day (Constitution Art. 4(1)), with the notifications of its arrears")
            .Produces<MemberStateStanding>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
