using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Documents;

internal static class ListDocumentsEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ListDocumentsQuery, Page<DocumentSummary>>(module, "/documents", "GoverningBodies_ListDocuments", "Search documents by symbol prefix, session, language, type or distribution");
}
