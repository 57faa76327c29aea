using Iom.Modules.DonorRelations.Data;
using Mediator;

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
