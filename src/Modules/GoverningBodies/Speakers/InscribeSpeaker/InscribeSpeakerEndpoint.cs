using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Speakers;

internal static class InscribeSpeakerEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapPost("/sittings/{sittingId:guid}/speakers", async (Guid sittingId, InscribeSpeakerRequest request, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var speaker = await sender.Send(new InscribeSpeakerCommand(sittingId, request.AgendaItemId, request.OnBehalfOf, request.SpeakerName, request.Position), ct);
                return ConditionalRequests.Created(http, $"{http.Request.PathBase}/api/v1/governing-bodies/speakers/{speaker.Id}", speaker);
            })
            .WithName("GoverningBodies_InscribeSpeaker")
            .WithSummary("Inscribe a speaker on a sitting's list for an agenda item")
            .WithDescription("On behalf of a state, a group (the EU and its member states) or an organization; at a place on the list or at its end. 409 on a cancelled sitting.")
            .Produces<SpeakerDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
