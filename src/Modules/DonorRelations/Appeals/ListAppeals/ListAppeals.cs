using FluentValidation;
using Iom.Modules.DonorRelations.Data;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;

namespace Iom.Modules.DonorRelations.Appeals;

/// <summary>Appeals by year, then code.</summary>
/// <param name="Year">Only this year's appeals.</param>
/// <param name="Type">Only this type.</param>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListAppealsQuery(int? Year, [property: QueryEnum(typeof(AppealType))] string? Type, int? Limit, string? Cursor) : IQuery<Page<AppealDetails>>;

internal sealed class ListAppealsQueryValidator : AbstractValidator<ListAppealsQuery>
{
    public ListAppealsQueryValidator()
    {
        RuleFor(q => q.Year).InclusiveBetween(2000, 2100);
        RuleFor(q => q.Type).EnumName<ListAppealsQuery, AppealType>();
    }
}

internal sealed class ListAppealsQueryHandler(DonorRelationsDatabase db) : IQueryHandler<ListAppealsQuery, Page<AppealDetails>>
{
    private static readonly QueryFilter<ListAppealsQuery> Filter = new QueryFilter<ListAppealsQuery>()
        .When(q => q.Year is not null, "a.year = @Year", q => new { q.Year })
        .When(q => q.Type is not null, "a.type = @Type", q => new { q.Type });

    private static readonly KeysetList<AppealRow> List = new("a.id", r => r.Id, "code", new SortableField<AppealRow>("code", "a.code", KeyKind.Text, r => r.Code));

    public async ValueTask<Page<AppealDetails>> Handle(ListAppealsQuery query, CancellationToken cancellationToken)
    {
        var filter = Filter.For(query);
        await using var read = await db.ReadAsync(cancellationToken);
        var page = await List.ReadAsync(read, AppealRow.SelectFrom, filter, new PageRequest(null, query.Limit, query.Cursor), cancellationToken);
        var lines = await AppealRow.LinesAsync(read, page.Items.Select(a => a.Id).ToList(), cancellationToken);
        return page.Select(a => a.ToResponse(lines[a.Id].ToList()));
    }
}
