using System.Data.Common;
using Dapper;
using FluentValidation;
using Iom.Modules.MigrationData.Data;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Catalogue;

internal static class GetEditionEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapGetById(module, "/editions/{id:guid}", id => new GetEditionQuery(id), "MigrationData_GetEdition", "Get an edition of a dataset");
}
