using FluentValidation;
using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Donors;

internal static class SetDonorPrioritiesEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapPut("/donors/{id:guid}/priorities/{year:int}", async (Guid id, int year, SetDonorPrioritiesRequest request, ISender sender, HttpContext http, CancellationToken ct) =>
                ConditionalRequests.Ok(http, await sender.Send(new SetDonorPrioritiesCommand(
                    id, year, request.Themes, request.Regions, request.Countries, request.GcmObjectives, request.Modality, request.EnvelopeAmount, request.EnvelopeCurrency,
                    ConditionalRequests.ExpectedVersion(http.Request)), ct)))
            .WithName("DonorRelations_SetDonorPriorities")
            .WithSummary("Set a donor's declared priorities for a year")
            .Produces<DonorDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
