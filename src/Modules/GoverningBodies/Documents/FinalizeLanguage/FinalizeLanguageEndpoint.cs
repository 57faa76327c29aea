using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Documents;

internal static class FinalizeLanguageEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapPost("/documents/{id:guid}/languages/{language}/finalize", async (Guid id, string language, ISender sender, HttpContext http, CancellationToken ct) =>
                ConditionalRequests.Ok(http, await sender.Send(new FinalizeLanguageCommand(id, language, ConditionalRequests.ExpectedVersion(http.Request)), ct)))
            .RefusesBody()
            .WithName("GoverningBodies_FinalizeDocumentLanguage")
            .WithSummary("Finish the revision of a delivered translation: its language version is final")
            .WithDescription("With every language version final the document is ready to issue.")
            .Produces<DocumentDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
