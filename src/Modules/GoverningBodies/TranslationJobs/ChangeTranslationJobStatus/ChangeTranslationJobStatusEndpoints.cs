using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.TranslationJobs.ChangeTranslationJobStatus;

internal static class ChangeTranslationJobStatusEndpoints
{
    public static void Map(RouteGroupBuilder module)
    {
        module.MapPost("/translation-jobs/{id:guid}/start", async (Guid id, [FromQuery] string? assignee, ISender sender, HttpContext http, CancellationToken ct) =>
                ConditionalRequests.Ok(http, await sender.Send(new ChangeTranslationJobStatusCommand(id, "start", assignee, ConditionalRequests.ExpectedVersion(http.Request)), ct)))
            .WithName("GoverningBodies_StartTranslationJob")
            .WithSummary("Start work on a translation job, optionally assigning it")
            .Produces<TranslationJobDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        MapAction(module, "deliver", "DeliverTranslationJob", "Deliver a translation: its language version becomes available");
        MapAction(module, "cancel", "CancelTranslationJob", "Cancel a translation job: its language version goes back to pending");
    }

    private static void MapAction(RouteGroupBuilder module, string action, string useCase, string summary) =>
        module.MapPost($"/translation-jobs/{{id:guid}}/{action}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                ConditionalRequests.Ok(http, await sender.Send(new ChangeTranslationJobStatusCommand(id, action, null, ConditionalRequests.ExpectedVersion(http.Request)), ct)))
            .WithName($"GoverningBodies_{useCase}")
            .WithSummary(summary)
            .Produces<TranslationJobDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
