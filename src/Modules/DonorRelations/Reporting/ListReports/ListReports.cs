using FluentValidation;
using Iom.Modules.DonorRelations.Data;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Time;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.DonorRelations.Reporting;

/// <summary>Reporting requirements, soonest due first.</summary>
/// <param name="AgreementId">Only this agreement's reports.</param>
/// <param name="Status">Only reports in this status.</param>
/// <param name="DueBefore">Only reports due on or before this day.</param>
/// <param name="Overdue">true: only reports still owed past their due date.</param>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListReportsQuery(Guid? AgreementId, [property: QueryEnum(typeof(ReportStatus))] string? Status, DateOnly? DueBefore, bool? Overdue, int? Limit, string? Cursor)
    : IQuery<Page<ReportingRequirementDetails>>;

internal sealed class ListReportsQueryValidator : AbstractValidator<ListReportsQuery>
{
    public ListReportsQueryValidator() => RuleFor(q => q.Status).EnumName<ListReportsQuery, ReportStatus>();
}

internal sealed class ListReportsQueryHandler(DonorRelationsDatabase db, TimeProvider clock) : IQueryHandler<ListReportsQuery, Page<ReportingRequirementDetails>>
{
    private static readonly QueryFilter<(ListReportsQuery Query, DateOnly Today)> Filter = new QueryFilter<(ListReportsQuery Query, DateOnly Today)>()
        .When(q => q.Query.AgreementId is not null, "r.agreement_id = @AgreementId", q => new { q.Query.AgreementId })
        .When(q => q.Query.Status is not null, "r.status = @Status", q => new { q.Query.Status })
        .When(q => q.Query.DueBefore is not null, "r.due_on <= @DueBefore", q => new { q.Query.DueBefore })
        .When(q => q.Query.Overdue == true, "r.status IN @Owed AND r.due_on < @Today", q => new { Owed = ReportRules.OwedStatuses, Today = q.Today });

    private static readonly KeysetList<ReportingRequirementRow> List = new(
        "r.id", r => r.Id, "dueOn", new SortableField<ReportingRequirementRow>("dueOn", "r.due_on", KeyKind.Date, r => r.DueOn));

    public async ValueTask<Page<ReportingRequirementDetails>> Handle(ListReportsQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var filter = Filter.For((query, today));
        await using var read = await db.ReadAsync(cancellationToken);
        var page = await List.ReadAsync(read, ReportingRequirementRow.SelectFrom, filter, new PageRequest(null, query.Limit, query.Cursor), cancellationToken);
        return page.Select(r => r.ToResponse(today));
    }
}
