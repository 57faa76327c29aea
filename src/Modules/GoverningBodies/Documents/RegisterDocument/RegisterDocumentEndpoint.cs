using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Documents.RegisterDocument;

internal static class RegisterDocumentEndpoint
{
    public static void Map(RouteGroupBuilder documents) =>
        documents.MapPost("/", async (RegisterDocumentCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var document = await sender.Send(command, ct);
                return ConditionalRequests.CreatedInCollection(http, document.Id, document);
            })
            .WithName("GoverningBodies_RegisterDocument")
            .WithSummary("Register an official document")
            .WithDescription("The symbol is parsed and normalised; a Rev. joins its document's revision chain, a Corr. must correct a registered document.")
            .Produces<DocumentDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
