using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Works;

internal static class UpdateWorkEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapPatch<WorkPatch, WorkDetails>(
                module, "/works/{id:guid}", (id, patch, version) => new UpdateWorkCommand(id, patch, version), "Research_UpdateWork", "Correct a work's title, contributors, licence, subjects or planning")
            .WithDescription("JSON Merge Patch (RFC 7396) with If-Match (428 without it), until the work is scheduled; then 409 (a published work changes through correct or publish-new-edition).");
}
