using Iom.SharedKernel.Paging;
using Mediator;

namespace Iom.Modules.MigrationData.Geography;

/// <summary>Paging for the list of countries and areas, by ISO 3166-1 alpha-3 code.</summary>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record ListCountriesQuery(int? Limit, string? Cursor) : IQuery<Page<Area>>;

internal sealed class ListCountriesQueryHandler(AreaDirectory directory) : IQueryHandler<ListCountriesQuery, Page<Area>>
{
    public async ValueTask<Page<Area>> Handle(ListCountriesQuery query, CancellationToken cancellationToken) =>
        BoundedList.Page((await directory.GetAsync(cancellationToken)).Countries, a => a.Code, query.Limit, query.Cursor);
}
