using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Projects;

internal static class DeleteProjectEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapDelete(module, "/projects/{id:guid}", (id, version) => new DeleteProjectCommand(id, version), "Research_DeleteProject", "Remove a project proposed by mistake")
            .WithDescription("With If-Match (428 without it); only while proposed, otherwise 409 (cancel it instead). Its history stays readable.");
}
