using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Sessions;

internal static class ChangeSessionStatusEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ActionEndpoints.MapWithOptionalBody<SessionActionRequest, SessionDetails>(
            module, "sessions", (id, action, request, version) => new ChangeSessionStatusCommand(id, action, request?.Reason, version),
            new StatusAction("send-notice", "GoverningBodies_SendSessionNotice", "Record that the notice of the session went out",
                "The notice is late when sent after the deadline the rules of procedure set; the session then says so."),
            new StatusAction("open", "GoverningBodies_OpenSession", "Open the session", "Before its first day, 409 unless the body gives a reason."),
            new StatusAction("close", "GoverningBodies_CloseSession", "Close the session", "Before its first day, 409 unless the body gives a reason."),
            new StatusAction("adopt-report", "GoverningBodies_AdoptSessionReport", "Record that the session's report was adopted",
                "Reports are adopted at the body's next session; before the session's last day, 409 unless the body gives a reason."),
            new StatusAction("cancel", "GoverningBodies_CancelSession", "Cancel a planned session"));
}
