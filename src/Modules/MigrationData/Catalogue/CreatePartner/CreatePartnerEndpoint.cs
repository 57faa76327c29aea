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

internal static class CreatePartnerEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapCreate<CreatePartnerCommand, PartnerDetails>(module, "/partners", r => r.Id, "MigrationData_CreatePartner", "Add a data partner")
            .ProducesProblem(StatusCodes.Status409Conflict);
}
