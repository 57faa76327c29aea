using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Sessions;

internal static class GetSessionCalendarEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/sessions/{id:guid}/calendar", async (Guid id, [FromQuery] string? lang, ISender sender, CancellationToken ct) =>
                Results.Text(await sender.Send(new GetSessionCalendarQuery(id, lang), ct), SessionCalendar.MediaType))
            .WithName("GoverningBodies_GetSessionCalendar")
            .WithSummary("Get a session as iCalendar (text/calendar)")
            .Produces<string>(StatusCodes.Status200OK, SessionCalendar.MediaType)
            .WithDescription(SessionCalendar.Access)
            .AllowAnonymous()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
