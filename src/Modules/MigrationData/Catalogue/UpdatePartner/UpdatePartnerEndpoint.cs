using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Catalogue;

internal static class UpdatePartnerEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapPatch<PartnerPatch, PartnerDetails>(
                module, "/partners/{id:guid}", (id, patch, version) => new UpdatePartnerCommand(id, patch, version), "MigrationData_UpdatePartner", "Correct a data partner's name, kind or website")
            .WithDescription("JSON Merge Patch (RFC 7396) with If-Match (428 without it). The code does not change.");
}
