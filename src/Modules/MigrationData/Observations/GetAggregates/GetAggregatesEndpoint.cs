using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Observations;

internal static class GetAggregatesEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<GetAggregatesQuery, AggregateSeries>(module, "/aggregates", "MigrationData_GetRegionalAggregates", "A regional aggregate per period, stating its method (sum or population-weighted) and coverage");
}
