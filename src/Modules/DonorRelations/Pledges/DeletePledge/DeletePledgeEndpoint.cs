using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Pledges;

internal static class DeletePledgeEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapDelete(module, "/pledges/{id:guid}", (id, version) => new DeletePledgeCommand(id, version), "DonorRelations_DeletePledge", "Remove a pledge recorded by mistake")
            .WithDescription("With If-Match (428 without it); only an announced pledge no agreement refers to, otherwise 409 says why (cancel it instead). Its history stays readable.");
}
