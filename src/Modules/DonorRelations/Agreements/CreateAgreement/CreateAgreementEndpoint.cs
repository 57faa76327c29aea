using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Agreements;

internal static class CreateAgreementEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapCreate<CreateAgreementCommand, AgreementDetails>(module, "/agreements", r => r.Id, "DonorRelations_CreateAgreement", "Draft a contribution agreement, with its exchange rate and the appeal lines it funds")
            .ProducesProblem(StatusCodes.Status409Conflict);
}
