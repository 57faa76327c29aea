using Iom.SharedKernel.Errors;
using Mediator;

namespace Iom.Modules.MigrationData.Geography;

/// <summary>A code looked up: what it resolves to, or, for a former code, what it was and what replaced it.</summary>
/// <param name="Input">The code as given.</param>
/// <param name="ResolvedBy">alpha3, alpha2, m49, region or retired; null when a former code has several successors.</param>
/// <param name="Area">The country or region it names today; null when a former code has several successors.</param>
/// <param name="Retired">For a former code (ISO 3166-3): what it named, when, and its successors.</param>
/// <param name="Regions">For a country: the regions it belongs to, in each scheme (scheme:code).</param>
internal sealed record AreaLookup(string Input, CodeScheme? ResolvedBy, Area? Area, RetiredCode? Retired, IReadOnlyList<string> Regions);

internal sealed record LookUpAreaQuery(string Code) : IQuery<AreaLookup>;

internal sealed class LookUpAreaQueryHandler(AreaDirectory directory) : IQueryHandler<LookUpAreaQuery, AreaLookup>
{
    public async ValueTask<AreaLookup> Handle(LookUpAreaQuery query, CancellationToken cancellationToken)
    {
        var areas = await directory.GetAsync(cancellationToken);
        if (areas.Resolve(query.Code) is { } resolution)
        {
            var regions = resolution.Area.Kind == AreaKind.Country ? areas.RegionsOf(resolution.Area.Code) : [];
            return new AreaLookup(query.Code, resolution.ResolvedBy, resolution.Area, resolution.Retired, regions);
        }

        return areas.RetiredFor(query.Code) is { } retired
            ? new AreaLookup(query.Code, null, null, retired, [])
            : throw new NotFoundException("area", query.Code);
    }
}
