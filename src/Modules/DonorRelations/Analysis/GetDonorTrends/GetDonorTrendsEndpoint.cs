using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Analysis;

internal static class GetDonorTrendsEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        AnalysisTables.Map<GetDonorTrendsQuery, TrendReport>(module, "/analysis/donor-trends", GetDonorTrendsQueryHandler.ToCsv, "DonorRelations_GetDonorTrends",
            "Donors' funding by year: totals, earmarking mix and multi-year share");
}
