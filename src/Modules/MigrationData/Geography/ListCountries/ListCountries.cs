using Mediator;

namespace Iom.Modules.MigrationData.Geography;

internal sealed record ListCountriesQuery : IQuery<IReadOnlyList<Area>>;

internal sealed class ListCountriesQueryHandler(AreaDirectory directory) : IQueryHandler<ListCountriesQuery, IReadOnlyList<Area>>
{
    public async ValueTask<IReadOnlyList<Area>> Handle(ListCountriesQuery query, CancellationToken cancellationToken) =>
        (await directory.GetAsync(cancellationToken)).Countries;
}
