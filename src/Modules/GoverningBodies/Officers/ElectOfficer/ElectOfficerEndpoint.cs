using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Officers;

internal static class ElectOfficerEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapPost("/sessions/{sessionId:guid}/officers", async (Guid sessionId, ElectOfficerRequest request, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var officer = await sender.Send(new ElectOfficerCommand(sessionId, request.Role, request.Name, request.Country, request.ElectedOn), ct);
                return ConditionalRequests.Created(http, $"{http.Request.PathBase}/api/v1/governing-bodies/officers/{officer.Id}", officer);
            })
            .WithName("GoverningBodies_ElectOfficer")
            .WithSummary("Record an officer a session elected: its Chair, a Vice-Chair or its Rapporteur")
            .WithDescription("Officers are elected at the opening: 409 session-not-open before the session opens; a second Chair or Rapporteur is a 409.")
            .Produces<OfficerDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
