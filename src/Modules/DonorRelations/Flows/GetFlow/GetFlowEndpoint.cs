using Dapper;
using FluentValidation;
using Iom.Modules.DonorRelations.Agreements;
using Iom.Modules.DonorRelations.Appeals;
using Iom.Modules.DonorRelations.Data;
using Iom.Modules.DonorRelations.Donors;
using Iom.Modules.DonorRelations.Money;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Flows;

internal static class GetFlowEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapGetById(module, "/flows/{id:guid}", id => new GetFlowQuery(id), "DonorRelations_GetFlow", "Get a funding flow");
}
