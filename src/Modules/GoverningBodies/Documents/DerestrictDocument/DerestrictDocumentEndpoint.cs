using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Documents;

internal static class DerestrictDocumentEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ActionEndpoints.MapWithBody<DerestrictRequest, DocumentDetails>(
                module, "/documents/{id:guid}/derestrict", (id, request, version) => new DerestrictDocumentCommand(id, request.Distribution, version),
                "GoverningBodies_DerestrictDocument", "Derestrict a document: restricted to limited or general, limited to general")
            .WithDescription("Needs the scope governing-bodies:restricted (403 without it); audited as derestrict. Raising a distribution is a 409.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
