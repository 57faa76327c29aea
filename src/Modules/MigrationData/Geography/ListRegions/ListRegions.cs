using FluentValidation;
using Mediator;

namespace Iom.Modules.MigrationData.Geography;

internal sealed record ListRegionsQuery(string? Scheme) : IQuery<IReadOnlyList<Area>>;

internal sealed class ListRegionsQueryValidator : AbstractValidator<ListRegionsQuery>
{
    public ListRegionsQueryValidator() =>
        RuleFor(q => q.Scheme).Must(s => s is null || AreaDirectory.Schemes.Contains(s)).WithMessage($"Use one of: {string.Join(", ", AreaDirectory.Schemes)}.");
}

internal sealed class ListRegionsQueryHandler(AreaDirectory directory) : IQueryHandler<ListRegionsQuery, IReadOnlyList<Area>>
{
    public async ValueTask<IReadOnlyList<Area>> Handle(ListRegionsQuery query, CancellationToken cancellationToken) =>
        (await directory.GetAsync(cancellationToken)).Regions.Where(r => query.Scheme is null || r.Scheme == query.Scheme).ToList();
}
