using FluentValidation;
using Iom.Modules.Research.Data;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Time;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

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
