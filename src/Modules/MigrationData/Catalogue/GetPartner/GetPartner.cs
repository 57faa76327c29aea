using System.Data.Common;
using Dapper;
using FluentValidation;
using Iom.Modules.MigrationData.Data;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Catalogue;

internal sealed record GetPartnerQuery(Guid Id) : IQuery<PartnerDetails>;

internal sealed class GetPartnerQueryHandler(MigrationDataDatabase db) : IQueryHandler<GetPartnerQuery, PartnerDetails>
{
    public async ValueTask<PartnerDetails> Handle(GetPartnerQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return await PartnerRow.FindAsync(read, query.Id, cancellationToken) ?? throw new NotFoundException("partner", query.Id);
    }
}
