using FluentValidation;
using Iom.Modules.DonorRelations.Data;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.DonorRelations.Flows;

/// <summary>Flows, FTS style.</summary>
/// <param name="DonorId">Only flows from this donor.</param>
/// <param name="AppealId">Only flows to this appeal.</param>
/// <param name="BudgetYear">Only flows for this year.</param>
/// <param name="Status">Only flows in this status.</param>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListFlowsQuery(Guid? DonorId, Guid? AppealId, int? BudgetYear, [property: QueryEnum(typeof(FlowStatus))] string? Status, int? Limit, string? Cursor)
    : IQuery<Page<FlowDetails>>;

internal sealed class ListFlowsQueryValidator : AbstractValidator<ListFlowsQuery>
{
    public ListFlowsQueryValidator()
    {
        RuleFor(q => q.Status).EnumName<ListFlowsQuery, FlowStatus>();
        RuleFor(q => q.BudgetYear).InclusiveBetween(2000, 2100);
    }
}

internal sealed class ListFlowsQueryHandler(DonorRelationsDatabase db) : IQueryHandler<ListFlowsQuery, Page<FlowDetails>>
{
    private static readonly QueryFilter<ListFlowsQuery> Filter = new QueryFilter<ListFlowsQuery>()
        .When(q => q.DonorId is not null, "f.donor_id = @DonorId", q => new { q.DonorId })
        .When(q => q.AppealId is not null, "f.appeal_id = @AppealId", q => new { q.AppealId })
        .When(q => q.BudgetYear is not null, "f.budget_year = @BudgetYear", q => new { q.BudgetYear })
        .When(q => q.Status is not null, "f.status = @Status", q => new { q.Status });

    private static readonly KeysetList<FlowRow> List = new("f.id", r => r.Id, "-flowDate", new SortableField<FlowRow>("flowDate", "f.flow_date", KeyKind.Date, r => r.FlowDate));

    public async ValueTask<Page<FlowDetails>> Handle(ListFlowsQuery query, CancellationToken cancellationToken)
    {
        var filter = Filter.For(query);
        await using var read = await db.ReadAsync(cancellationToken);
        var page = await List.ReadAsync(read, FlowRow.SelectFrom, filter, new PageRequest(null, query.Limit, query.Cursor), cancellationToken);
        return page.Select(f => f.ToResponse());
    }
}
