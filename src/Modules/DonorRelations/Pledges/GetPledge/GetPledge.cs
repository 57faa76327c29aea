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

internal sealed record GetPledgeQuery(Guid Id) : IQuery<PledgeDetails>;

internal sealed class GetPledgeQueryHandler(DonorRelationsDatabase db, TimeProvider clock) : IQueryHandler<GetPledgeQuery, PledgeDetails>
{
    public async ValueTask<PledgeDetails> Handle(GetPledgeQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return await PledgeRow.ReadAsync(read, query.Id, clock.Today(), cancellationToken);
    }
}
