using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Donors;

internal static class DeleteDonorEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapDelete(module, "/donors/{id:guid}", (id, version) => new DeleteDonorCommand(id, version), "DonorRelations_DeleteDonor", "Remove a donor added by mistake")
            .WithDescription("With If-Match (428 without it). While a pledge, agreement or flow refers to the donor, 409 names them. Its history stays readable.");
}
