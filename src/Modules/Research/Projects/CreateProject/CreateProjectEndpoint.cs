using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Projects;

internal static class CreateProjectEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapCreate<CreateProjectCommand, ProjectDetails>(module, "/projects", r => r.Id, "Research_CreateProject", "Propose a research project");
}
