using FluentValidation;
using Iom.Modules.GoverningBodies.Data;
using Iom.SharedKernel.Paging;
using Mediator;

namespace Iom.Modules.GoverningBodies.Resolutions;

/// <summary>The resolution index.</summary>
/// <param name="SessionId">Only resolutions of this session.</param>
/// <param name="NumberFrom">Only numbers from this one.</param>
/// <param name="NumberTo">Only numbers up to this one.</param>
/// <param name="Sort">number (default) or adoptedOn, '-' for descending.</param>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListResolutionsQuery(Guid? SessionId, int? NumberFrom, int? NumberTo, string? Sort, int? Limit, string? Cursor)
    : IQuery<Page<ResolutionDetails>>;

internal sealed class ListResolutionsQueryValidator : AbstractValidator<ListResolutionsQuery>
{
    public ListResolutionsQueryValidator() =>
        RuleFor(q => q.NumberTo).GreaterThanOrEqualTo(q => q.NumberFrom).When(q => q.NumberFrom is not null && q.NumberTo is not null);
}

internal sealed class ListResolutionsQueryHandler(GoverningBodiesDatabase db) : IQueryHandler<ListResolutionsQuery, Page<ResolutionDetails>>
{
    private static readonly QueryFilter<ListResolutionsQuery> Filter = new QueryFilter<ListResolutionsQuery>()
        .When(q => q.SessionId is not null, "r.session_id = @SessionId", q => new { q.SessionId })
        .When(q => q.NumberFrom is not null, "r.number >= @NumberFrom", q => new { q.NumberFrom })
        .When(q => q.NumberTo is not null, "r.number <= @NumberTo", q => new { q.NumberTo });

    private static readonly KeysetList<ResolutionRow> List = new(
        "r.id", r => r.Id, "number",
        new SortableField<ResolutionRow>("number", "r.number", KeyKind.Integer, r => r.Number),
        new SortableField<ResolutionRow>("adoptedOn", "r.adopted_on", KeyKind.Date, r => r.AdoptedOn));

    public async ValueTask<Page<ResolutionDetails>> Handle(ListResolutionsQuery query, CancellationToken cancellationToken)
    {
        var filter = Filter.For(query);
        await using var read = await db.ReadAsync(cancellationToken);
        var page = await List.ReadAsync(read, ResolutionRow.SelectFrom, filter, new PageRequest(query.Sort, query.Limit, query.Cursor), cancellationToken);
        return page.Select(r => r.ToResponse());
    }
}
