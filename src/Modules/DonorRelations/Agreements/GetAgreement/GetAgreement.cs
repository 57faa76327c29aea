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

internal sealed record GetAgreementQuery(Guid Id) : IQuery<AgreementDetails>;

internal sealed class GetAgreementQueryHandler(DonorRelationsDatabase db) : IQueryHandler<GetAgreementQuery, AgreementDetails>
{
    public async ValueTask<AgreementDetails> Handle(GetAgreementQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return await AgreementRow.ReadAsync(read, query.Id, cancellationToken);
    }
}
