using FluentValidation;
using Iom.Modules.MigrationData.Data;
using Iom.SharedKernel.Paging;
using Mediator;

namespace Iom.Modules.MigrationData.Catalogue;

/// <summary>Filters and paging for the list of indicators.</summary>
/// <param name="Topic">Only this topic.</param>
/// <param name="Q">Only indicators whose code or name (any language) contains this text.</param>
/// <param name="Sort">Comma-separated fields, '-' for descending: code, createdAt. Default code.</param>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListIndicatorsQuery(string? Topic, string? Q, string? Sort, int? Limit, string? Cursor) : IQuery<Page<IndicatorDetails>>;

internal sealed class ListIndicatorsQueryValidator : AbstractValidator<ListIndicatorsQuery>
{
    public ListIndicatorsQueryValidator()
    {
        RuleFor(q => q.Topic).MaximumLength(100);
        RuleFor(q => q.Q).MaximumLength(200);
    }
}

internal sealed class ListIndicatorsQueryHandler(MigrationDataDatabase db) : IQueryHandler<ListIndicatorsQuery, Page<IndicatorDetails>>
{
    private static readonly QueryFilter<ListIndicatorsQuery> Filter = new QueryFilter<ListIndicatorsQuery>()
        .When(q => q.Topic is not null, "topic = @Topic", q => new { q.Topic })
        .When(q => !string.IsNullOrWhiteSpace(q.Q), @"(code LIKE @Q ESCAPE '\' OR name_en LIKE @Q ESCAPE '\' OR name_fr LIKE @Q ESCAPE '\' OR name_es LIKE @Q ESCAPE '\')", q => new { Q = LikePattern.Contains(q.Q) });

    private static readonly KeysetList<IndicatorRow> List = new(
        "code", r => r.Code, "code",
        new SortableField<IndicatorRow>("code", "code", KeyKind.Text, r => r.Code),
        new SortableField<IndicatorRow>("createdAt", "created_at", KeyKind.Instant, r => r.CreatedAt));

    public async ValueTask<Page<IndicatorDetails>> Handle(ListIndicatorsQuery query, CancellationToken cancellationToken)
    {
        var filter = Filter.For(query);
        await using var read = await db.ReadAsync(cancellationToken);
        var page = await List.ReadAsync(read, IndicatorRow.SelectFrom, filter, new PageRequest(query.Sort, query.Limit, query.Cursor), cancellationToken);
        return page.Select(r => r.ToResponse());
    }
}
