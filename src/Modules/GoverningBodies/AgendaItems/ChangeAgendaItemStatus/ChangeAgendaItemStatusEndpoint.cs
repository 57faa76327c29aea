using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.AgendaItems;

internal static class ChangeAgendaItemStatusEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ActionEndpoints.Map(module, "agenda-items", (id, action, version) => new ChangeAgendaItemStatusCommand(id, action, version),
            new StatusAction("adopt", "GoverningBodies_AdoptAgendaItem", "Adopt an agenda item",
                "A body that adopts its agenda after electing its officers (the Council) refuses it (409 officers-not-elected) until the session has its Chair."),
            new StatusAction("conclude", "GoverningBodies_ConcludeAgendaItem", "Conclude consideration of an agenda item"),
            new StatusAction("defer", "GoverningBodies_DeferAgendaItem", "Defer an agenda item"),
            new StatusAction("withdraw", "GoverningBodies_WithdrawAgendaItem", "Withdraw an agenda item"));
}
