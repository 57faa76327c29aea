using FluentValidation;
using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Manifestations;

internal static class AddManifestationEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapPost("/works/{workId:guid}/manifestations", async (Guid workId, AddManifestationRequest request, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var manifestation = await sender.Send(
                    new AddManifestationCommand(workId, request.Language, request.Format, request.Isbn, request.Doi, request.TranslationOf, request.Pages), ct);
                return ConditionalRequests.Created(http, $"{http.Request.PathBase}/api/v1/research/manifestations/{manifestation.Id}", manifestation);
            })
            .WithName("Research_AddManifestation")
            .WithSummary("Add a language version and format of a work, with its ISBN and DOI")
            .Produces<ManifestationDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
