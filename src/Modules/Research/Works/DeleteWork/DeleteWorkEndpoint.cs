using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Works;

internal static class DeleteWorkEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapDelete(module, "/works/{id:guid}", (id, version) => new DeleteWorkCommand(id, version), "Research_DeleteWork", "Remove a work proposed by mistake")
            .WithDescription("With If-Match (428 without it); only while proposed or rejected and without language versions or review rounds, otherwise 409 says why. Its history stays readable.");
}
