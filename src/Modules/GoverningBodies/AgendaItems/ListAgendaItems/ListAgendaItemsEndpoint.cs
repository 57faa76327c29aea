using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.AgendaItems;

internal static class ListAgendaItemsEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ListAgendaItemsQuery, Page<AgendaItemDetails>>(module, "/sessions/{sessionId:guid}/agenda-items", "GoverningBodies_ListAgendaItems", "List a session's agenda in agenda order")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
