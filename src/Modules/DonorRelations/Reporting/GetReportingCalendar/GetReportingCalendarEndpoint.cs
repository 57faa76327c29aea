using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Reporting;

internal static class GetReportingCalendarEndpoint
{
    public const string CalendarMediaType = "text/calendar";

    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/reports/calendar", async (ISender sender, CancellationToken ct) => Results.Text(await sender.Send(new GetReportingCalendarQuery(), ct), CalendarMediaType))
            .WithName("DonorRelations_GetReportingCalendar")
            .WithSummary("Subscribe to the reports still owed as iCalendar (text/calendar)")
            .Produces<string>(StatusCodes.Status200OK, CalendarMediaType);
}
