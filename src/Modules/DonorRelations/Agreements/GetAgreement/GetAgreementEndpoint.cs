using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Agreements;

internal static class GetAgreementEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapGetById(module, "/agreements/{id:guid}", id => new GetAgreementQuery(id), "DonorRelations_GetAgreement", "Get a contribution agreement with its lines and amendments");
}
