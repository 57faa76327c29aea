using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Observations;

internal static class GetLatestEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ObservationAnswers.Map<GetLatestQuery>(module, "/observations/latest", "MigrationData_GetLatestValues", "The latest value per area: latest=nonEmpty (default) skips missing values, latest=any does not");
}
