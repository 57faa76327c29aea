using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.AgendaItems;

internal static class DeleteAgendaItemEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapDelete(module, "/agenda-items/{id:guid}", (id, version) => new DeleteAgendaItemCommand(id, version), "GoverningBodies_DeleteAgendaItem", "Remove an agenda item added by mistake")
            .WithDescription("With If-Match (428 without it); only a proposed item with no sub-item, document or resolution, otherwise 409 says why. Its history stays readable.");
}
