using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.TranslationJobs;

internal static class RequestTranslationEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapPost("/documents/{documentId:guid}/translation-jobs", async (Guid documentId, RequestTranslationRequest request, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var job = await sender.Send(
                    new RequestTranslationCommand(documentId, request.TargetLanguage, request.SourceLanguage, request.DueOn, request.WordCount, request.Assignee), ct);
                return ConditionalRequests.Created(http, $"{http.Request.PathBase}/api/v1/governing-bodies/translation-jobs/{job.Id}", job);
            })
            .WithName("GoverningBodies_RequestTranslation")
            .WithSummary("Request a translation of a document into a language")
            .Produces<TranslationJobDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
