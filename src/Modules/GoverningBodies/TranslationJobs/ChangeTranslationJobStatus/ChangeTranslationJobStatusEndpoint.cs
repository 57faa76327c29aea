using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.TranslationJobs;

internal static class ChangeTranslationJobStatusEndpoint
{
    public static void Map(RouteGroupBuilder module)
    {
        // Start takes an optional assignee in the query string, so it is mapped here rather than as a plain status action.
        module.MapPost("/translation-jobs/{id:guid}/start", async (Guid id, [FromQuery] string? assignee, ISender sender, HttpContext http, CancellationToken ct) =>
                ConditionalRequests.Ok(http, await sender.Send(new ChangeTranslationJobStatusCommand(id, "start", assignee, ConditionalRequests.ExpectedVersion(http.Request)), ct)))
            .RefusesBody()
            .WithName("GoverningBodies_StartTranslationJob")
            .WithSummary("Start work on a translation job, optionally assigning it")
            .Produces<TranslationJobDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        ActionEndpoints.Map(module, "translation-jobs", (id, action, version) => new ChangeTranslationJobStatusCommand(id, action, null, version),
            new StatusAction("deliver", "GoverningBodies_DeliverTranslationJob", "Deliver a translation: its language version goes to revision"),
            new StatusAction("cancel", "GoverningBodies_CancelTranslationJob", "Cancel a translation job: an official language version goes back to requested, another language's is withdrawn"));
    }
}
