using Iom.Modules.Research.Data;
using Iom.SharedKernel.Time;
using Mediator;

namespace Iom.Modules.Research.Reviews;

internal sealed record GetReviewAssignmentQuery(Guid Id) : IQuery<ReviewAssignmentDetails>;

internal sealed class GetReviewAssignmentQueryHandler(ResearchDatabase db, TimeProvider clock) : IQueryHandler<GetReviewAssignmentQuery, ReviewAssignmentDetails>
{
    public async ValueTask<ReviewAssignmentDetails> Handle(GetReviewAssignmentQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return (await ReviewAssignmentRow.GetAsync(read, query.Id, cancellationToken)).ToResponse(clock.Today());
    }
}
