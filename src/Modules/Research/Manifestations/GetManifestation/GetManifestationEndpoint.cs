using Iom.Modules.Research.Data;
using Iom.Modules.Research.Works;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Manifestations;

internal static class GetManifestationEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapGetById(module, "/manifestations/{id:guid}", id => new GetManifestationQuery(id), "Research_GetManifestation", "Get a language version of a work, with its translation status");
}
