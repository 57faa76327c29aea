using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Documents;

internal static class RegisterDocumentEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapCreate<RegisterDocumentCommand, DocumentDetails>(module, "/documents", d => d.Id, "GoverningBodies_RegisterDocument", "Register an official document")
            .WithDescription("The symbol is parsed and normalised; a Rev. joins its document's revision chain, a Corr. must correct a registered document.")
            .ProducesProblem(StatusCodes.Status409Conflict);
}
