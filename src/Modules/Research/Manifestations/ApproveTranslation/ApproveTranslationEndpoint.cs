using Iom.SharedKernel.Data;
using FluentValidation;
using Iom.Contracts.Research;
using Iom.Modules.Research.Data;
using Iom.Modules.Research.Works;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Outbox;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Manifestations;

internal static class ApproveTranslationEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapPost("/manifestations/{id:guid}/approve-translation", async (Guid id, ApproveTranslationRequest request, ISender sender, HttpContext http, CancellationToken ct) =>
                ConditionalRequests.Ok(http, await sender.Send(new ApproveTranslationCommand(id, request.DueOn, request.WordCount, ConditionalRequests.ExpectedVersion(http.Request)), ct)))
            .WithName("Research_ApproveTranslation")
            .WithSummary("Approve the translation of a language version: the translation service opens a job for it")
            .Produces<ManifestationDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
