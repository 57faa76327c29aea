using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Observations;

internal static class GetTimeSeriesEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ObservationAnswers.Map<GetTimeSeriesQuery>(module, "/observations", "MigrationData_GetTimeSeries", "A time series: one indicator for one or many countries or regions over a span of years, each value with its provenance");
}
