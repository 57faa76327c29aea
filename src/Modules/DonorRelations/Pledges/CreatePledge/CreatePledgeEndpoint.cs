using FluentValidation;
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
using Iom.SharedKernel.Time;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Pledges;

internal static class CreatePledgeEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapCreate<CreatePledgeCommand, PledgeDetails>(module, "/pledges", r => r.Id, "DonorRelations_CreatePledge", "Record a pledge with its instalments")
            .ProducesProblem(StatusCodes.Status409Conflict);
}
