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

internal sealed record GetFlowQuery(Guid Id) : IQuery<FlowDetails>;

internal sealed class GetFlowQueryHandler(DonorRelationsDatabase db) : IQueryHandler<GetFlowQuery, FlowDetails>
{
    public async ValueTask<FlowDetails> Handle(GetFlowQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return await FlowRow.ReadAsync(read, query.Id, cancellationToken);
    }
}
