using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Catalogue;

internal static class GetPartnerEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapGetById(module, "/partners/{id:guid}", id => new GetPartnerQuery(id), "MigrationData_GetPartner", "Get a data partner");
}
