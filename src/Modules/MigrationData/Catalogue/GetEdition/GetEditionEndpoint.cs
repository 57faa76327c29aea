using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Catalogue;

internal static class GetEditionEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapGetById(module, "/editions/{id:guid}", id => new GetEditionQuery(id), "MigrationData_GetEdition", "Get an edition of a dataset");
}
