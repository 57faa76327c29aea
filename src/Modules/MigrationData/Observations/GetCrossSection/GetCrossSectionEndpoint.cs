using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Observations;

internal static class GetCrossSectionEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ObservationAnswers.Map<GetCrossSectionQuery>(module, "/observations/cross-section", "MigrationData_GetCrossSection", "A cross-section: one indicator and one period across countries, optionally those of a region");
}
