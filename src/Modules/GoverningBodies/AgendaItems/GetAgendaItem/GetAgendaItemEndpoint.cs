using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.AgendaItems;

internal static class GetAgendaItemEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapGetById(module, "/agenda-items/{id:guid}", id => new GetAgendaItemQuery(id), "GoverningBodies_GetAgendaItem", "Get an agenda item");
}
