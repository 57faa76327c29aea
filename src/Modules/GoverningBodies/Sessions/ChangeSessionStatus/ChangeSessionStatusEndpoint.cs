using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Sessions;

internal static class ChangeSessionStatusEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ActionEndpoints.Map(module, "sessions", (id, action, version) => new ChangeSessionStatusCommand(id, action, version),
            new StatusAction("send-notice", "GoverningBodies_SendSessionNotice", "Record that the notice of the session went out",
                "The notice is late when sent after the deadline the rules of procedure set; the session then says so."),
            new StatusAction("open", "GoverningBodies_OpenSession", "Open the session"),
            new StatusAction("close", "GoverningBodies_CloseSession", "Close the session"),
            new StatusAction("adopt-report", "GoverningBodies_AdoptSessionReport", "Record that the session's report was adopted", "Reports are adopted at the body's next session."),
            new StatusAction("cancel", "GoverningBodies_CancelSession", "Cancel a planned session"));
}
