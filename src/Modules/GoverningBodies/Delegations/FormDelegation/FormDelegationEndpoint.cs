using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Delegations;

internal static class FormDelegationEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapPost("/sessions/{sessionId:guid}/delegations", async (Guid sessionId, FormDelegationRequest request, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var delegation = await sender.Send(new FormDelegationCommand(sessionId, request.Country, request.ObserverId), ct);
                return ConditionalRequests.Created(http, $"{http.Request.PathBase}/api/v1/governing-bodies/delegations/{delegation.Id}", delegation);
            })
            .WithName("GoverningBodies_FormDelegation")
            .WithSummary("Record a Member State's or an observer's delegation to a session")
            .WithDescription("409 when the State or observer already has a delegation to the session, or once the session has closed.")
            .Produces<DelegationDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
