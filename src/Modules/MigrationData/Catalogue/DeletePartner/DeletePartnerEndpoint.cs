using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Catalogue;

internal static class DeletePartnerEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapDelete(module, "/partners/{id:guid}", (id, version) => new DeletePartnerCommand(id, version), "MigrationData_DeletePartner", "Remove a data partner added by mistake")
            .WithDescription("With If-Match (428 without it). While a dataset refers to the partner, 409 says so. Its history stays readable.");
}
