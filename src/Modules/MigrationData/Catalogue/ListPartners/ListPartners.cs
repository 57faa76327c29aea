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

internal sealed record ListPartnersQuery : IQuery<IReadOnlyList<PartnerDetails>>;

internal sealed class ListPartnersQueryHandler(MigrationDataDatabase db) : IQueryHandler<ListPartnersQuery, IReadOnlyList<PartnerDetails>>
{
    public async ValueTask<IReadOnlyList<PartnerDetails>> Handle(ListPartnersQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return (await read.QueryAsync<PartnerRow>(PartnerRow.SelectFrom + " ORDER BY code", null, cancellationToken)).Select(r => r.ToResponse()).ToList();
    }
}
