using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Projects;

internal static class GetProjectEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapGetById(module, "/projects/{id:guid}", id => new GetProjectQuery(id), "Research_GetProject", "Get a research project");
}
