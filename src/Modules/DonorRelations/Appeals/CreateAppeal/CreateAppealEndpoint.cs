using FluentValidation;
using Iom.Modules.DonorRelations.Data;
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

namespace Iom.Modules.DonorRelations.Appeals;

internal static class CreateAppealEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapCreate<CreateAppealCommand, AppealDetails>(module, "/appeals", r => r.Id, "DonorRelations_CreateAppeal", "Draft an appeal with its requirements by objective, region and country")
            .ProducesProblem(StatusCodes.Status409Conflict);
}
