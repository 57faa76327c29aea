using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Catalogue;

internal static class UpdateEditionEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapPatch<EditionPatch, EditionDetails>(
                module, "/editions/{id:guid}", (id, patch, version) => new UpdateEditionCommand(id, patch, version),
                "MigrationData_UpdateEdition", "Correct an edition's release and retrieval dates or its notes")
            .WithDescription("JSON Merge Patch (RFC 7396) with If-Match (428 without it). Observations' provenance shows the corrected dates.");
}
