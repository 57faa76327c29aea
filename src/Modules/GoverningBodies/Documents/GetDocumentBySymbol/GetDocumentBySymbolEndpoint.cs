using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Documents;

internal static class GetDocumentBySymbolEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/documents/by-symbol", async ([AsParameters] GetDocumentBySymbolQuery query, ISender sender, HttpContext http, CancellationToken ct) =>
                ConditionalRequests.Ok(http, await sender.Send(query, ct)))
            .WithName("GoverningBodies_GetDocumentBySymbol")
            .WithSummary("Find a document by symbol, resolved to its latest revision")
            .WithDescription("C/115/4 finds C/115/4/Rev.2 when that is the latest revision; the answer lists what it supersedes and its corrigenda.")
            .Produces<DocumentDetails>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
