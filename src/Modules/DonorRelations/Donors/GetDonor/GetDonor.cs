using Iom.Modules.DonorRelations.Data;
using Mediator;

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
