using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Sessions.ChangeSessionStatus;

internal static class ChangeSessionStatusEndpoints
{
    public static void Map(RouteGroupBuilder sessions)
    {
        MapAction(sessions, "send-notice", "SendSessionNotice", "Record that the notice of the session went out", "The notice is late when sent after the deadline the rules of procedure set; the session then says so.");
        MapAction(sessions, "open", "OpenSession", "Open the session", null);
        MapAction(sessions, "close", "CloseSession", "Close the session", null);
        MapAction(sessions, "adopt-report", "AdoptSessionReport", "Record that the session's report was adopted", "Reports are adopted at the body's next session.");
        MapAction(sessions, "cancel", "CancelSession", "Cancel a planned session", null);
    }

    private static void MapAction(RouteGroupBuilder sessions, string action, string useCase, string summary, string? description)
    {
        var endpoint = sessions.MapPost($"/{{id:guid}}/{action}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                ConditionalRequests.Ok(http, await sender.Send(new ChangeSessionStatusCommand(id, action, ConditionalRequests.ExpectedVersion(http.Request)), ct)))
            .WithName($"GoverningBodies_{useCase}")
            .WithSummary(summary)
            .Produces<SessionDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        if (description is not null)
        {
            endpoint.WithDescription(description);
        }
    }
}
