using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Catalogue;

internal static class ListPartnersEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/partners", async (ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new ListPartnersQuery(), ct)))
            .WithName("MigrationData_ListPartners")
            .WithSummary("List the data partners by code")
            .Produces<IReadOnlyList<PartnerDetails>>();
}
