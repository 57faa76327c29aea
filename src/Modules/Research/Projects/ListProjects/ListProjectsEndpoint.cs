using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Projects;

internal static class ListProjectsEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ListProjectsQuery, Page<ProjectDetails>>(module, "/projects", "Research_ListProjects", "List research projects, newest first");
}
