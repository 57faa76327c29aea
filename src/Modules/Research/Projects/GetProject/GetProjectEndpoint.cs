using Iom.Modules.Research.Data;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Projects;

internal static class GetProjectEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapGetById(module, "/projects/{id:guid}", id => new GetProjectQuery(id), "Research_GetProject", "Get a research project");
}
