using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Geography;

internal static class ListCountriesEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/countries", async (ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new ListCountriesQuery(), ct)))
            .WithName("MigrationData_ListCountries")
            .WithSummary("List the countries and areas with their ISO 3166-1 and M49 codes and names")
            .Produces<IReadOnlyList<Area>>();
}
