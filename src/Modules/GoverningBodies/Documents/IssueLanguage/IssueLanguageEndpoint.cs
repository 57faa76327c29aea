using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Documents;

internal static class IssueLanguageEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapPost("/documents/{id:guid}/languages/{language}/issue", async (Guid id, string language, ISender sender, HttpContext http, CancellationToken ct) =>
                ConditionalRequests.Ok(http, await sender.Send(new IssueLanguageCommand(id, language, ConditionalRequests.ExpectedVersion(http.Request)), ct)))
            .RefusesBody()
            .WithName("GoverningBodies_IssueDocumentLanguage")
            .WithSummary("Issue a final language version of a document")
            .WithDescription("Needs the document edited (an advance version) or ready; the document is then issued. Translation planning then opens jobs for the official languages still requested, from the issued version.")
            .Produces<DocumentDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
