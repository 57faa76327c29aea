using System.Data.Common;
using Dapper;
using FluentValidation;
using Iom.Modules.MigrationData.Data;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
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
