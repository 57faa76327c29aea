using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Sessions;

internal static class GetSessionsCalendarEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/sessions/calendar", async ([AsParameters] GetSessionsCalendarQuery query, ISender sender, CancellationToken ct) =>
                Results.Text(await sender.Send(query, ct), SessionCalendar.MediaType))
            .WithName("GoverningBodies_GetSessionsCalendar")
            .WithSummary("Subscribe to the sessions of the last two years onwards as iCalendar (text/calendar)")
            .Produces<string>(StatusCodes.Status200OK, SessionCalendar.MediaType)
            .WithDescription(SessionCalendar.Access)
            .AllowAnonymous()
            .ProducesValidationProblem();
}
