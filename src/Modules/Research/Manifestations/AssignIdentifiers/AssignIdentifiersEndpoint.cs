using Iom.SharedKernel.Data;
using FluentValidation;
using Iom.Modules.Research.Data;
using Iom.Modules.Research.Identifiers;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Manifestations;

internal static class AssignIdentifiersEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapPost("/manifestations/{id:guid}/assign-identifiers", async (Guid id, AssignIdentifiersRequest request, ISender sender, HttpContext http, CancellationToken ct) =>
                ConditionalRequests.Ok(http, await sender.Send(new AssignIdentifiersCommand(id, request.Isbn, request.Doi, ConditionalRequests.ExpectedVersion(http.Request)), ct)))
            .WithName("Research_AssignIdentifiers")
            .WithSummary("Assign an ISBN or a DOI to a language version")
            .Produces<ManifestationDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
