using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Geography;

internal static class ListCountriesEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ListCountriesQuery, Page<Area>>(
            module, "/countries", "MigrationData_ListCountries", "List the countries and areas with their ISO 3166-1 and M49 codes and names");
}
