using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Pledges;

internal static class UpdatePledgeEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapPatch<PledgePatch, PledgeDetails>(
                module, "/pledges/{id:guid}", (id, patch, version) => new UpdatePledgeCommand(id, patch, version),
                "DonorRelations_UpdatePledge", "Correct a pledge's date or earmarking")
            .WithDescription("JSON Merge Patch (RFC 7396) with If-Match (428 without it), while no agreement has converted the pledge (409 after).");
}
