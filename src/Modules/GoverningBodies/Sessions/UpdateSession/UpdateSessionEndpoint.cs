using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Sessions;

internal static class UpdateSessionEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapPatch("/sessions/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var patch = await JsonMergePatch.ReadAsync(http.Request, ct);
                return ConditionalRequests.Ok(http, await sender.Send(new UpdateSessionCommand(id, patch, ConditionalRequests.ExpectedVersion(http.Request)), ct));
            })
            .WithName("GoverningBodies_UpdateSession")
            .WithSummary("Edit a session's title, theme, dates, venue or format")
            .WithDescription("JSON Merge Patch (RFC 7396). Send If-Match with the ETag you read; a stale one answers 412 and changes nothing.")
            .Accepts<SessionPatch>(JsonMergePatch.MediaType, "application/json")
            .Produces<SessionDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
