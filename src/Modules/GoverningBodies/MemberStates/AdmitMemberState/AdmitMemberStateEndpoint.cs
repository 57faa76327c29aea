using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.MemberStates;

internal static class AdmitMemberStateEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapPost("/member-states", async (AdmitMemberStateCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var state = await sender.Send(command, ct);
                return ConditionalRequests.Created(http, $"{http.Request.PathBase}/api/v1/governing-bodies/member-states/{state.Country}", state);
            })
            .WithName("GoverningBodies_AdmitMemberState")
            .WithSummary("Record a Member State and the day it became a member")
            .Produces<MemberStateDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
