using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Documents;

internal static class UpdateDocumentEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapPatch<DocumentPatch, DocumentDetails>(
                module, "/documents/{id:guid}", (id, patch, version) => new UpdateDocumentCommand(id, patch, version),
                "GoverningBodies_UpdateDocument", "Correct a document's title before it is issued")
            .WithDescription("JSON Merge Patch (RFC 7396) with If-Match (428 without it). Once a language version is issued, 409: a corrigendum corrects it.");
}
