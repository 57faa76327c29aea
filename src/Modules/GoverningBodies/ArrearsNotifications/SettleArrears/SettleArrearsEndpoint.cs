using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.ArrearsNotifications;

internal static class SettleArrearsEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ActionEndpoints.MapWithBody<SettleArrearsRequest, ArrearsNotificationDetails>(
            module, "/arrears-notifications/{id:guid}/settle", (id, request, version) => new SettleArrearsCommand(id, request.SettledOn, version),
            "GoverningBodies_SettleArrears", "Record the day the arrears were paid: the State has its vote again from then");
}
