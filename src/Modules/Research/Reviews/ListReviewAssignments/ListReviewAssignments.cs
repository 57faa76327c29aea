using FluentValidation;
using Iom.Modules.Research.Data;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Time;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.Research.Reviews;

/// <summary>Review assignments, soonest due first.</summary>
/// <param name="WorkId">Only assignments for this work.</param>
/// <param name="Status">Only assignments in this status.</param>
/// <param name="Overdue">true: only reviews still owed past their due date.</param>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListReviewAssignmentsQuery(Guid? WorkId, [property: QueryEnum(typeof(ReviewAssignmentStatus))] string? Status, bool? Overdue, int? Limit, string? Cursor)
    : IQuery<Page<ReviewAssignmentDetails>>;

internal sealed class ListReviewAssignmentsQueryValidator : AbstractValidator<ListReviewAssignmentsQuery>
{
    public ListReviewAssignmentsQueryValidator() => RuleFor(q => q.Status).EnumName<ListReviewAssignmentsQuery, ReviewAssignmentStatus>();
}

internal sealed class ListReviewAssignmentsQueryHandler(ResearchDatabase db, TimeProvider clock) : IQueryHandler<ListReviewAssignmentsQuery, Page<ReviewAssignmentDetails>>
{
    private static readonly QueryFilter<(ListReviewAssignmentsQuery Query, DateOnly Today)> Filter = new QueryFilter<(ListReviewAssignmentsQuery Query, DateOnly Today)>()
        .When(q => q.Query.WorkId is not null, "a.work_id = @WorkId", q => new { q.Query.WorkId })
        .When(q => q.Query.Status is not null, "a.status = @Status", q => new { q.Query.Status })
        .When(q => q.Query.Overdue == true, "a.status IN @Owed AND a.due_on < @Today", q => new { Owed = ReviewRules.OpenStatuses, Today = q.Today })
        .When(q => q.Query.Overdue == false, "NOT (a.status IN @Owed AND a.due_on < @Today)", q => new { Owed = ReviewRules.OpenStatuses, Today = q.Today });

    private static readonly KeysetList<ReviewAssignmentRow> List = new(
        "a.id", r => r.Id, "dueOn", new SortableField<ReviewAssignmentRow>("dueOn", "a.due_on", KeyKind.Date, r => r.DueOn));

    public async ValueTask<Page<ReviewAssignmentDetails>> Handle(ListReviewAssignmentsQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var filter = Filter.For((query, today));
        await using var read = await db.ReadAsync(cancellationToken);
        var page = await List.ReadAsync(read, ReviewAssignmentRow.SelectFrom, filter, new PageRequest(null, query.Limit, query.Cursor), cancellationToken);
        return page.Select(r => r.ToResponse(today));
    }
}
