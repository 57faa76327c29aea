using Iom.Modules.GoverningBodies.Sessions;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Sittings;

internal static class GetTimetableCalendarEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/sessions/{sessionId:guid}/timetable/calendar", async (Guid sessionId, [FromQuery] string? lang, ISender sender, CancellationToken ct) =>
                Results.Text(await sender.Send(new GetTimetableCalendarQuery(sessionId, lang), ct), SessionCalendar.MediaType))
            .WithName("GoverningBodies_GetTimetableCalendar")
            .WithSummary("Get a session's timetable as iCalendar (text/calendar): one timed event per sitting, in the venue's time zone")
            .Produces<string>(StatusCodes.Status200OK, SessionCalendar.MediaType)
            .WithDescription(SessionCalendar.Access + " Without a token, sittings held in private are left out.")
            .AllowAnonymous()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
