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

internal sealed record GetAppealQuery(Guid Id) : IQuery<AppealDetails>;

internal sealed class GetAppealQueryHandler(DonorRelationsDatabase db) : IQueryHandler<GetAppealQuery, AppealDetails>
{
    public async ValueTask<AppealDetails> Handle(GetAppealQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return await AppealRow.ReadAsync(read, query.Id, cancellationToken);
    }
}
