using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.ArrearsNotifications;

internal static class GetArrearsNotificationEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapGetById(module, "/arrears-notifications/{id:guid}", id => new GetArrearsNotificationQuery(id),
            "GoverningBodies_GetArrearsNotification", "Get a notification of a Member State's arrears");
}
