using Dapper;
using Iom.Modules.MigrationData.Data;
using Iom.SharedKernel.Data;
using Mediator;

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
