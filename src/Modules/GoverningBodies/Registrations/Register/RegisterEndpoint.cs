using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Registrations;

internal static class RegisterEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapPost("/sessions/{sessionId:guid}/registrations", async (Guid sessionId, RegisterRequest request, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var registration = await sender.Send(request.ToCommand(sessionId), ct);
                return ConditionalRequests.Created(http, $"{http.Request.PathBase}/api/v1/governing-bodies/registrations/{registration.Id}", registration);
            })
            .WithName("GoverningBodies_Register")
            .WithSummary("Register a person for a session, in a delegation and a role, or as press or Secretariat")
            .WithDescription("Starts pending. Personal details are answered only to callers with governing-bodies:personal-data and are redacted in the history.")
            .Produces<RegistrationDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
