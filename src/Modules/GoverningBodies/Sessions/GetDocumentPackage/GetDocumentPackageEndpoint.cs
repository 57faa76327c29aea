using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Sessions;

internal static class GetDocumentPackageEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/sessions/{sessionId:guid}/document-package", async (Guid sessionId, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new GetDocumentPackageQuery(sessionId), ct)))
            .WithName("GoverningBodies_GetDocumentPackage")
            .WithSummary("List a session's document package: every issued document with its issued languages and their files")
            .WithDescription("Restricted documents only for governing-bodies:restricted. The same files come as one zip from …/document-package/zip.")
            .Produces<DocumentPackage>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
