using FluentValidation;
using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Analysis;

internal static class GetCoverageEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/appeals/{appealId:guid}/coverage", async ([AsParameters] GetCoverageQuery query, ISender sender, CancellationToken ct) =>
                AnalysisTables.Answer(await sender.Send(query, ct), query.Format, GetCoverageQueryHandler.ToCsv))
            .WithName("DonorRelations_GetAppealCoverage")
            .WithSummary("An appeal's requirements against committed and paid funding, by objective, country or donor, with percentage funded")
            .Produces<CoverageReport>()
            .WithMetadata(new CsvExport(Sdmx: false))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
