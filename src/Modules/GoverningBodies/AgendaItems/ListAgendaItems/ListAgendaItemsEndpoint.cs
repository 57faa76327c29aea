using FluentValidation;
using Iom.Modules.GoverningBodies.Data;
using Iom.Modules.GoverningBodies.Sessions;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.AgendaItems;

internal static class ListAgendaItemsEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ListAgendaItemsQuery, Page<AgendaItemDetails>>(module, "/sessions/{sessionId:guid}/agenda-items", "GoverningBodies_ListAgendaItems", "List a session's agenda in agenda order")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
