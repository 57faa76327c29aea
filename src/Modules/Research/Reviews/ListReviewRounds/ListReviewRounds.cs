using Iom.Modules.Research.Data;
using Iom.Modules.Research.Works;
using Iom.SharedKernel.Time;
using Mediator;

namespace Iom.Modules.Research.Reviews;

internal sealed record ListReviewRoundsQuery(Guid WorkId) : IQuery<IReadOnlyList<ReviewRoundDetails>>;

internal sealed class ListReviewRoundsQueryHandler(ResearchDatabase db, TimeProvider clock) : IQueryHandler<ListReviewRoundsQuery, IReadOnlyList<ReviewRoundDetails>>
{
    public async ValueTask<IReadOnlyList<ReviewRoundDetails>> Handle(ListReviewRoundsQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        _ = await WorkRow.GetAsync(read, query.WorkId, cancellationToken);
        return await ReviewRounds.ForWorkAsync(read, query.WorkId, clock.Today(), cancellationToken);
    }
}
