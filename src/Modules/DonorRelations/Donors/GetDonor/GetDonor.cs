using Dapper;
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

namespace Iom.Modules.DonorRelations.Donors;

internal sealed record GetDonorQuery(Guid Id) : IQuery<DonorDetails>;

internal sealed class GetDonorQueryHandler(DonorRelationsDatabase db) : IQueryHandler<GetDonorQuery, DonorDetails>
{
    public async ValueTask<DonorDetails> Handle(GetDonorQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return await DonorRow.ReadAsync(read, query.Id, cancellationToken);
    }
}
