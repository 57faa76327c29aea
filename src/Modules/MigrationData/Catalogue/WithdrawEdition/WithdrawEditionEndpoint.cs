using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Catalogue;

internal static class WithdrawEditionEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ActionEndpoints.MapWithBody<WithdrawEditionRequest, EditionDetails>(module, "/editions/{id:guid}/withdraw",
                (id, request, version) => new WithdrawEditionCommand(id, request.Reason, version),
                "MigrationData_WithdrawEdition", "Withdraw a released edition, with a reason: the previous release becomes the default again")
            .WithDescription("Its values stay readable when the edition is named, marked withdrawn in their provenance. 409 unless released.");
}
