using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.MemberStates;

internal static class DeleteMemberStateEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapDeleteByCode(module, "/member-states/{code}", (code, version) => new DeleteMemberStateCommand(code, version),
                "GoverningBodies_DeleteMemberState", "Remove a Member State recorded by mistake")
            .WithDescription("With If-Match (428 without it); 409 while a notification of arrears or a delegation refers to it.");
}
