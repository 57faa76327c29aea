using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.MemberStates;

internal static class UpdateMemberStateEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapPatchByCode<MemberStatePatch, MemberStateDetails>(
                module, "/member-states/{code}", (code, patch, version) => new UpdateMemberStateCommand(code, patch, version),
                "GoverningBodies_UpdateMemberState", "Correct the day a Member State became a member")
            .WithDescription("JSON Merge Patch (RFC 7396) with If-Match (428 without it).");
}
