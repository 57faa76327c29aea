using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Manifestations;

internal static class AssignIdentifiersEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ActionEndpoints.MapWithBody<AssignIdentifiersRequest, ManifestationDetails>(module, "/manifestations/{id:guid}/assign-identifiers",
            (id, request, version) => new AssignIdentifiersCommand(id, request.Isbn, request.Doi, version),
            "Research_AssignIdentifiers", "Assign an ISBN or a DOI to a language version");
}
