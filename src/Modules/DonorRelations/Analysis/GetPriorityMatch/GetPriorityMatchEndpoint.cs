using FluentValidation;
using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Analysis;

internal static class GetPriorityMatchEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/analysis/priority-match", async ([AsParameters] GetPriorityMatchQuery query, ISender sender, CancellationToken ct) =>
                AnalysisTables.Answer(await sender.Send(query, ct), query.Format, GetPriorityMatchQueryHandler.ToCsv))
            .WithName("DonorRelations_GetPriorityMatch")
            .WithSummary("Unfunded appeal lines ranked against each donor's declared themes, geographies and modality, with the reasons")
            .Produces<PriorityMatchReport>()
            .WithMetadata(new CsvExport(Sdmx: false))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
