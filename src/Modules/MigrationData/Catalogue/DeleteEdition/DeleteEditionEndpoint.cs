using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Catalogue;

internal static class DeleteEditionEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapDelete(module, "/editions/{id:guid}", (id, version) => new DeleteEditionCommand(id, version), "MigrationData_DeleteEdition", "Remove a draft edition and what was loaded into it")
            .WithDescription("With If-Match (428 without it); 409 once released (withdraw it instead) or while a load is queued or running.");
}
