using Iom.Modules.Research.Data;
using Mediator;

namespace Iom.Modules.Research.Manifestations;

internal sealed record GetManifestationQuery(Guid Id) : IQuery<ManifestationDetails>;

internal sealed class GetManifestationQueryHandler(ResearchDatabase db) : IQueryHandler<GetManifestationQuery, ManifestationDetails>
{
    public async ValueTask<ManifestationDetails> Handle(GetManifestationQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return (await ManifestationRow.GetAsync(read, query.Id, cancellationToken)).ToResponse();
    }
}
