using Dapper;
using FluentValidation;
using Iom.Modules.DonorRelations.Data;
using Iom.Modules.DonorRelations.Donors;
using Iom.Modules.DonorRelations.Money;
using Iom.Modules.DonorRelations.Pledges;
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

namespace Iom.Modules.DonorRelations.Agreements;

internal static class AmendAgreementEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ActionEndpoints.MapWithBody<AmendAgreementRequest, AgreementDetails>(module, "/agreements/{id:guid}/amendments",
            (id, request, version) => new AmendAgreementCommand(id, request.NewAmount, request.NewEndOn, request.Reason, version),
            "DonorRelations_AmendAgreement", "Amend the amount or end date of a signed or active agreement");
}
