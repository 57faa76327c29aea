using Iom.Modules.Research.Data;
using Iom.Modules.Research.Works;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Time;
using Mediator;

namespace Iom.Modules.Research.Reviews;

/// <summary>Paging for a work's review rounds, in round order.</summary>
/// <param name="WorkId">The work.</param>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListReviewRoundsQuery(Guid WorkId, int? Limit, string? Cursor) : IQuery<Page<ReviewRoundDetails>>;

internal sealed class ListReviewRoundsQueryHandler(ResearchDatabase db, TimeProvider clock) : IQueryHandler<ListReviewRoundsQuery, Page<ReviewRoundDetails>>
{
    public async ValueTask<Page<ReviewRoundDetails>> Handle(ListReviewRoundsQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        _ = await WorkRow.GetAsync(read, query.WorkId, cancellationToken);
        var all = await ReviewRounds.ForWorkAsync(read, query.WorkId, clock.Today(), cancellationToken);
        return BoundedList.Page(all, r => r.Id.ToString(), query.Limit, query.Cursor);
    }
}
