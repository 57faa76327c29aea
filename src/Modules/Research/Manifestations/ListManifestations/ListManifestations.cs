using Iom.Modules.Research.Data;
using Iom.Modules.Research.Works;
using Mediator;

namespace Iom.Modules.Research.Manifestations;

internal sealed record ListManifestationsQuery(Guid WorkId) : IQuery<IReadOnlyList<ManifestationDetails>>;

internal sealed class ListManifestationsQueryHandler(ResearchDatabase db) : IQueryHandler<ListManifestationsQuery, IReadOnlyList<ManifestationDetails>>
{
    public async ValueTask<IReadOnlyList<ManifestationDetails>> Handle(ListManifestationsQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        _ = await WorkRow.GetAsync(read, query.WorkId, cancellationToken);
        return (await ManifestationRow.ForWorkAsync(read, query.WorkId, cancellationToken)).Select(m => m.ToResponse()).ToList();
    }
}
