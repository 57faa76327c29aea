using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Manifestations;

internal static class DeleteManifestationEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapDelete(module, "/manifestations/{id:guid}", (id, version) => new DeleteManifestationCommand(id, version), "Research_DeleteManifestation", "Remove a language version added by mistake")
            .WithDescription("With If-Match (428 without it); 409 once it has an ISBN or DOI, while its translation is under way, or while another version is translated from it.");
}
