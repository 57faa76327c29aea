using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Catalogue;

internal static class ListPartnersEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ListPartnersQuery, Page<PartnerDetails>>(module, "/partners", "MigrationData_ListPartners", "List the data partners by code");
}
