using Iom.Modules.MigrationData.Data;
using Iom.SharedKernel.Errors;
using Mediator;

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
