using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Documents;

internal static class GetDocumentEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapGetById(module, "/documents/{id:guid}", id => new GetDocumentQuery(id), "GoverningBodies_GetDocument", "Get a document with its language versions and its revision chain");
}
