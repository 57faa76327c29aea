using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.ArrearsNotifications;

internal static class UpdateArrearsNotificationEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapPatch<ArrearsNotificationPatch, ArrearsNotificationDetails>(
                module, "/arrears-notifications/{id:guid}", (id, patch, version) => new UpdateArrearsNotificationCommand(id, patch, version),
                "GoverningBodies_UpdateArrearsNotification", "Correct a notification of arrears")
            .WithDescription("JSON Merge Patch (RFC 7396) with If-Match (428 without it), until the arrears are settled or the Council decides on the vote (then 409).");
}
