using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Projects;

internal static class UpdateProjectEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapPatch<ProjectPatch, ProjectDetails>(
                module, "/projects/{id:guid}", (id, patch, version) => new UpdateProjectCommand(id, patch, version), "Research_UpdateProject", "Correct a project's title, team, dates, methods or outputs")
            .WithDescription("JSON Merge Patch (RFC 7396) with If-Match (428 without it); 409 once the project is completed or cancelled.");
}
