using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Projects;

internal static class RecordEthicsReviewEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ActionEndpoints.MapWithBody<RecordEthicsReviewRequest, ProjectDetails>(module, "/projects/{id:guid}/ethics-review",
            (id, request, version) => new RecordEthicsReviewCommand(id, request.Status, request.Reference, version),
            "Research_RecordEthicsReview", "Record the ethics board's decision on a project");
}
