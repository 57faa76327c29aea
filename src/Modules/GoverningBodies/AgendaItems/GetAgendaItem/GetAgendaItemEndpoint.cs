using Iom.Modules.GoverningBodies.Data;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.AgendaItems;

internal static class GetAgendaItemEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapGetById(module, "/agenda-items/{id:guid}", id => new GetAgendaItemQuery(id), "GoverningBodies_GetAgendaItem", "Get an agenda item");
}
