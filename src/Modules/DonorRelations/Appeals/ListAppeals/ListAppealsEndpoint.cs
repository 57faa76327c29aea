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

internal static class ListAppealsEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ListAppealsQuery, Page<AppealDetails>>(module, "/appeals", "DonorRelations_ListAppeals", "List appeals by code, filtered by year or type");
}
