using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.ArrearsNotifications;

internal static class DeleteArrearsNotificationEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapDelete(module, "/arrears-notifications/{id:guid}", (id, version) => new DeleteArrearsNotificationCommand(id, version),
                "GoverningBodies_DeleteArrearsNotification", "Remove a notification of arrears recorded by mistake")
            .WithDescription("With If-Match (428 without it); 409 once the arrears are settled or the Council decided on the vote. Its history stays readable.");
}
