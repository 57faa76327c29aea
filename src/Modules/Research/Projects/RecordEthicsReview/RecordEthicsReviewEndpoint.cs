using FluentValidation;
using Iom.Modules.Research.Data;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Projects;

internal static class RecordEthicsReviewEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ActionEndpoints.MapWithBody<RecordEthicsReviewRequest, ProjectDetails>(module, "/projects/{id:guid}/ethics-review",
            (id, request, version) => new RecordEthicsReviewCommand(id, request.Status, request.Reference, version),
            "Research_RecordEthicsReview", "Record the ethics board's decision on a project");
}
