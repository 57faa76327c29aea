using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Agreements;

internal static class ListAgreementsEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ListAgreementsQuery, Page<AgreementDetails>>(module, "/agreements", "DonorRelations_ListAgreements", "List contribution agreements, latest start first");
}
