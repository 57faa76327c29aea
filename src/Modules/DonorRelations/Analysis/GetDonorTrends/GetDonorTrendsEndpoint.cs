using FluentValidation;
using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Analysis;

internal static class GetDonorTrendsEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/analysis/donor-trends", async ([AsParameters] GetDonorTrendsQuery query, ISender sender, CancellationToken ct) =>
                AnalysisTables.Answer(await sender.Send(query, ct), query.Format, GetDonorTrendsQueryHandler.ToCsv))
            .WithName("DonorRelations_GetDonorTrends")
            .WithSummary("Donors' funding by year: totals, earmarking mix and multi-year share")
            .Produces<TrendReport>()
            .WithMetadata(new CsvExport(Sdmx: false))
            .ProducesValidationProblem();
}
