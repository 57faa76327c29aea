using Iom.Modules.GoverningBodies.Documents;
using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Speakers;

internal static class DetachStatementFileEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapDelete("/speakers/{id:guid}/statements/{language}/file", async (Guid id, string language, HttpContext http, ISender sender, DocumentFileStore files, CancellationToken ct) =>
            {
                var key = await sender.Send(new DetachStatementFileCommand(id, language, ConditionalRequests.RequiredVersion(http.Request)), ct);
                await files.Store.DeleteAsync(key, CancellationToken.None);
                return Results.NoContent();
            })
            .WithName("GoverningBodies_DetachStatementFile")
            .WithSummary("Remove a statement's file uploaded by mistake")
            .WithDescription("With the speaker's If-Match (428 without it); before the statement is delivered (409 then: upload a corrected file instead).")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
