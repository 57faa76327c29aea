using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Officers;

internal static class UpdateOfficerEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapPatch<OfficerPatch, OfficerDetails>(
                module, "/officers/{id:guid}", (id, patch, version) => new UpdateOfficerCommand(id, patch, version),
                "GoverningBodies_UpdateOfficer", "Correct an officer's name, country or day of election")
            .WithDescription("JSON Merge Patch (RFC 7396) with If-Match (428 without it). The day stays within the session's dates (400).");
}
