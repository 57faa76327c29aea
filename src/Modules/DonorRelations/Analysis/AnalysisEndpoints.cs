using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Analysis;

internal static class AnalysisEndpoints
{
    private const string CsvMediaType = "text/csv";

    public static void Map(RouteGroupBuilder module)
    {
        module.MapGet("/appeals/{appealId:guid}/coverage", async ([AsParameters] GetCoverageQuery query, ISender sender, CancellationToken ct) =>
                Answer(await sender.Send(query, ct), query.Format, GetCoverageQueryHandler.ToCsv))
            .WithName("DonorRelations_GetAppealCoverage")
            .WithSummary("An appeal's requirements against committed and paid funding, by objective, country or donor, with percentage funded")
            .Produces<CoverageReport>()
            .WithMetadata(new CsvExport(Sdmx: false))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        module.MapGet("/analysis/donor-trends", async ([AsParameters] GetDonorTrendsQuery query, ISender sender, CancellationToken ct) =>
                Answer(await sender.Send(query, ct), query.Format, GetDonorTrendsQueryHandler.ToCsv))
            .WithName("DonorRelations_GetDonorTrends")
            .WithSummary("Donors' funding by year: totals, earmarking mix and multi-year share")
            .Produces<TrendReport>()
            .WithMetadata(new CsvExport(Sdmx: false))
            .ProducesValidationProblem();
        module.MapGet("/analysis/priority-match", async ([AsParameters] GetPriorityMatchQuery query, ISender sender, CancellationToken ct) =>
                Answer(await sender.Send(query, ct), query.Format, GetPriorityMatchQueryHandler.ToCsv))
            .WithName("DonorRelations_GetPriorityMatch")
            .WithSummary("Unfunded appeal lines ranked against each donor's declared themes, geographies and modality, with the reasons")
            .Produces<PriorityMatchReport>()
            .WithMetadata(new CsvExport(Sdmx: false))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static IResult Answer<T>(T report, string? format, Func<T, string> toCsv) =>
        EnumText.ParseOptional<TableFormat>(format) == TableFormat.Csv ? Results.Text(toCsv(report), CsvMediaType + "; charset=utf-8") : Results.Ok(report);
}
