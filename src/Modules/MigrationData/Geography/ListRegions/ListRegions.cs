using FluentValidation;
using Iom.SharedKernel.Paging;
using Mediator;

namespace Iom.Modules.MigrationData.Geography;

/// <summary>Filters and paging for the list of regions, by scheme and code.</summary>
/// <param name="Scheme">Only the regions of this scheme.</param>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListRegionsQuery(string? Scheme, int? Limit, string? Cursor) : IQuery<Page<Area>>;

internal sealed class ListRegionsQueryValidator : AbstractValidator<ListRegionsQuery>
{
    public ListRegionsQueryValidator() =>
        RuleFor(q => q.Scheme).Must(s => s is null || AreaDirectory.Schemes.Contains(s)).WithMessage($"Use one of: {string.Join(", ", AreaDirectory.Schemes)}.");
}

internal sealed class ListRegionsQueryHandler(AreaDirectory directory) : IQueryHandler<ListRegionsQuery, Page<Area>>
{
    public async ValueTask<Page<Area>> Handle(ListRegionsQuery query, CancellationToken cancellationToken) =>
        BoundedList.Page(
            (await directory.GetAsync(cancellationToken)).Regions.Where(r => query.Scheme is null || r.Scheme == query.Scheme).ToList(),
            r => $"{r.Scheme}:{r.Code}", query.Limit, query.Cursor);
}
