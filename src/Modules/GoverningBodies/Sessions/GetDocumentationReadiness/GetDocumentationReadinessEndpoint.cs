using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Sessions;

internal static class GetDocumentationReadinessEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/sessions/{id:guid}/documentation-readiness", async (Guid id, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new GetDocumentationReadinessQuery(id), ct)))
            .WithName("GoverningBodies_GetDocumentationReadiness")
            .WithSummary("Get the documentation readiness matrix of a session: document × language × status")
            .Produces<DocumentationReadiness>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
