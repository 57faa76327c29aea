using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Registrations;

internal static class GetParticipantsEndpoint
{
    private static readonly Dictionary<string, string> FormatsByMediaType = new(StringComparer.OrdinalIgnoreCase) { ["text/csv"] = "csv" };

    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/sessions/{sessionId:guid}/participants", async (Guid sessionId, [FromQuery] string? format, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                ExportNegotiation.VaryByAccept(http.Response);
                var chosen = ExportNegotiation.Format(http.Request, format, FormatsByMediaType);
                var list = await sender.Send(new GetParticipantsQuery(sessionId, chosen), ct);
                return chosen == "csv" ? Results.Text(list.ToCsv(), "text/csv; charset=utf-8") : Results.Ok(list);
            })
            .WithName("GoverningBodies_GetParticipants")
            .WithSummary("Get the list of participants of a session (the INF document's content), as JSON or CSV")
            .WithDescription("The approved, badged and checked-in registrations, by group and delegation; names and titles only, never personal details.")
            .Produces<ListOfParticipants>()
            .WithMetadata(new CsvExport(Sdmx: false))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
