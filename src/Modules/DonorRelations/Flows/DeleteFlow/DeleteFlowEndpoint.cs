using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Flows;

internal static class DeleteFlowEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapDelete(module, "/flows/{id:guid}", (id, version) => new DeleteFlowCommand(id, version), "DonorRelations_DeleteFlow", "Remove a flow recorded by mistake")
            .WithDescription("With If-Match (428 without it); 409 while child flows pass it on. Its history stays readable.");
}
