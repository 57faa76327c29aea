using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Flows;

internal static class UpdateFlowEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapPatch<FlowPatch, FlowDetails>(
                module, "/flows/{id:guid}", (id, patch, version) => new UpdateFlowCommand(id, patch, version),
                "DonorRelations_UpdateFlow", "Correct a flow's day, budget year, new-money flag or earmarking")
            .WithDescription("JSON Merge Patch (RFC 7396) with If-Match (428 without it). The amount is not patched: remove a wrong flow and record it anew.");
}
