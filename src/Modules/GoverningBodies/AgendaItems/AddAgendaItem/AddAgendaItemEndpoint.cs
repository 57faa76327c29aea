using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.AgendaItems;

internal static class AddAgendaItemEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapPost("/sessions/{sessionId:guid}/agenda-items", async (Guid sessionId, AddAgendaItemRequest request, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var item = await sender.Send(new AddAgendaItemCommand(sessionId, request.Number, request.Title), ct);
                return ConditionalRequests.Created(http, $"{http.Request.PathBase}/api/v1/governing-bodies/agenda-items/{item.Id}", item);
            })
            .WithName("GoverningBodies_AddAgendaItem")
            .WithSummary("Put an item on a session's agenda")
            .Produces<AgendaItemDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
