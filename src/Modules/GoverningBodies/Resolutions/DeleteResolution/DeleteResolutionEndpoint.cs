using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Resolutions;

internal static class DeleteResolutionEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapDelete(module, "/resolutions/{id:guid}", (id, version) => new DeleteResolutionCommand(id, version), "GoverningBodies_DeleteResolution", "Remove a resolution recorded by mistake")
            .WithDescription("With If-Match (428 without it); until the report of its session is adopted (then 409). Its history stays readable; its number is free again.");
}
