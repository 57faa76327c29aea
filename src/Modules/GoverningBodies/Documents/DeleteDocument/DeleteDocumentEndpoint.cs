using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Documents;

internal static class DeleteDocumentEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapDelete(module, "/documents/{id:guid}", (id, version) => new DeleteDocumentCommand(id, version), "GoverningBodies_DeleteDocument", "Remove a document registered by mistake")
            .WithDescription("With If-Match (428 without it); 409 once a language version is issued, or while translation jobs or later revisions refer to it. Its history stays readable to those who may see it.");
}
