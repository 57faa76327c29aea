using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.MemberStates;

internal static class GetMemberStateEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/member-states/{code}", async (string code, ISender sender, HttpContext http, CancellationToken ct) =>
                ConditionalRequests.Ok(http, await sender.Send(new GetMemberStateQuery(code), ct)))
            .WithName("GoverningBodies_GetMemberState")
            .WithSummary("Get a Member State")
            .Produces<MemberStateDetails>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
