using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Catalogue;

internal static class CreatePartnerEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapCreate<CreatePartnerCommand, PartnerDetails>(module, "/partners", r => r.Id, "MigrationData_CreatePartner", "Add a data partner")
            .ProducesProblem(StatusCodes.Status409Conflict);
}
