using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Documents;

internal static class DetachFileEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapDelete("/documents/{id:guid}/languages/{language}/file", async (Guid id, string language, HttpContext http, ISender sender, DocumentFileStore files, CancellationToken ct) =>
            {
                var key = await sender.Send(new DetachFileCommand(id, language, ConditionalRequests.RequiredVersion(http.Request)), ct);
                await files.Store.DeleteAsync(key, CancellationToken.None);
                return Results.NoContent();
            })
            .WithName("GoverningBodies_DetachFile")
            .WithSummary("Remove the file of a language version uploaded by mistake")
            .WithDescription("With the document's If-Match (428 without it); until the version is issued (409 then).")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
