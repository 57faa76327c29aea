using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.AgendaItems;

internal static class UpdateAgendaItemEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapPatch<AgendaItemPatch, AgendaItemDetails>(
                module, "/agenda-items/{id:guid}", (id, patch, version) => new UpdateAgendaItemCommand(id, patch, version),
                "GoverningBodies_UpdateAgendaItem", "Correct an agenda item's title")
            .WithDescription("JSON Merge Patch (RFC 7396) with If-Match (428 without it), until the item is concluded or withdrawn (then 409).");
}
