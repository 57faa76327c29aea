using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.ArrearsNotifications;

internal static class NotifyArrearsEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapPost("/member-states/{code}/arrears-notifications", async (string code, NotifyArrearsRequest request, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var notification = await sender.Send(
                    new NotifyArrearsCommand(code, request.NotifiedOn, request.SessionId, request.Arrears, request.DueForTwoYears, request.Currency ?? "CHF"), ct);
                return ConditionalRequests.Created(http, $"{http.Request.PathBase}/api/v1/governing-bodies/arrears-notifications/{notification.Id}", notification);
            })
            .WithName("GoverningBodies_NotifyArrears")
            .WithSummary("Record that the Council was informed of a Member State's arrears (Constitution Art. 4(1))")
            .WithDescription("409 while an earlier notification of the same State is not settled.")
            .Produces<ArrearsNotificationDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
