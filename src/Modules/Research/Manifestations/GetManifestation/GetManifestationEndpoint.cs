using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Manifestations;

internal static class GetManifestationEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapGetById(module, "/manifestations/{id:guid}", id => new GetManifestationQuery(id), "Research_GetManifestation", "Get a language version of a work, with its translation status");
}
