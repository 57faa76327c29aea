using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Agreements;

internal static class AmendAgreementEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ActionEndpoints.MapWithBody<AmendAgreementRequest, AgreementDetails>(module, "/agreements/{id:guid}/amendments",
            (id, request, version) => new AmendAgreementCommand(id, request.NewAmount, request.NewEndOn, request.Reason, version),
            "DonorRelations_AmendAgreement", "Amend the amount or end date of a signed or active agreement");
}
