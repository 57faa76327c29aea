using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Catalogue;

internal static class DeleteEditionEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapDelete(module, "/editions/{id:guid}", (id, version) => new DeleteEditionCommand(id, version), "MigrationData_DeleteEdition", "Remove an edition added by mistake")
            .WithDescription("With If-Match (428 without it); 409 while observations are loaded into it or a load is queued or running.");
}
