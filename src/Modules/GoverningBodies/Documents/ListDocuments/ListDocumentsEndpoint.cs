using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Documents;

internal static class ListDocumentsEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ListDocumentsQuery, Page<DocumentSummary>>(module, "/documents", "GoverningBodies_ListDocuments", "Search documents by symbol prefix, session, language, type or distribution");
}
