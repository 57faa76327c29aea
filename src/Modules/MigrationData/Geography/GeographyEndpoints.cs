using FluentValidation;
using Iom.SharedKernel.Errors;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Geography;

/// <summary>A code looked up: what it resolves to, or, for a former code, what it was and what replaced it.</summary>
/// <param name="Input">The code as given.</param>
/// <param name="ResolvedBy">alpha3, alpha2, m49, region or retired; null when a former code has several successors.</param>
/// <param name="Area">The country or region it names today; null when a former code has several successors.</param>
/// <param name="Retired">For a former code (ISO 3166-3): what it named, when, and its successors.</param>
/// <param name="Regions">For a country: the regions it belongs to, in each scheme (scheme:code).</param>
internal sealed record AreaLookup(string Input, CodeScheme? ResolvedBy, Area? Area, RetiredCode? Retired, IReadOnlyList<string> Regions);

/// <summary>A region with its members.</summary>
/// <param name="Region">The region.</param>
/// <param name="Members">Its member countries (alpha-3), sorted.</param>
internal sealed record RegionDetails(Area Region, IReadOnlyList<string> Members);

internal sealed record LookUpAreaQuery(string Code) : IQuery<AreaLookup>;

internal sealed record ListCountriesQuery : IQuery<IReadOnlyList<Area>>;

internal sealed record ListRegionsQuery(string? Scheme) : IQuery<IReadOnlyList<Area>>;

internal sealed record GetRegionQuery(string Scheme, string Code) : IQuery<RegionDetails>;

internal sealed class ListRegionsQueryValidator : AbstractValidator<ListRegionsQuery>
{
    public ListRegionsQueryValidator() =>
        RuleFor(q => q.Scheme).Must(s => s is null || AreaDirectory.Schemes.Contains(s)).WithMessage($"Use one of: {string.Join(", ", AreaDirectory.Schemes)}.");
}

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

internal sealed class ListCountriesQueryHandler(AreaDirectory directory) : IQueryHandler<ListCountriesQuery, IReadOnlyList<Area>>
{
    public async ValueTask<IReadOnlyList<Area>> Handle(ListCountriesQuery query, CancellationToken cancellationToken) =>
        (await directory.GetAsync(cancellationToken)).Countries;
}

internal sealed class ListRegionsQueryHandler(AreaDirectory directory) : IQueryHandler<ListRegionsQuery, IReadOnlyList<Area>>
{
    public async ValueTask<IReadOnlyList<Area>> Handle(ListRegionsQuery query, CancellationToken cancellationToken) =>
        (await directory.GetAsync(cancellationToken)).Regions.Where(r => query.Scheme is null || r.Scheme == query.Scheme).ToList();
}

internal sealed class GetRegionQueryHandler(AreaDirectory directory) : IQueryHandler<GetRegionQuery, RegionDetails>
{
    public async ValueTask<RegionDetails> Handle(GetRegionQuery query, CancellationToken cancellationToken)
    {
        var areas = await directory.GetAsync(cancellationToken);
        var region = areas.Find($"{query.Scheme}:{query.Code}") is { Kind: AreaKind.Region } found ? found : throw new NotFoundException("region", $"{query.Scheme}:{query.Code}");
        return new RegionDetails(region, areas.MembersOf(region.Code));
    }
}

internal static class GeographyEndpoints
{
    public static void Map(RouteGroupBuilder module)
    {
        module.MapGet("/areas/{code}", async (string code, ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new LookUpAreaQuery(code), ct)))
            .WithName("MigrationData_LookUpArea")
            .WithSummary("Resolve an ISO 3166-1 alpha-3 or alpha-2 code, a UN M49 code, a region (sdg:747) or a former code")
            .Produces<AreaLookup>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        module.MapGet("/countries", async (ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new ListCountriesQuery(), ct)))
            .WithName("MigrationData_ListCountries")
            .WithSummary("List the countries and areas with their ISO 3166-1 and M49 codes and names")
            .Produces<IReadOnlyList<Area>>();
        module.MapGet("/regions", async ([FromQuery] string? scheme, ISender sender, CancellationToken ct) => Results.Ok(await sender.Send(new ListRegionsQuery(scheme), ct)))
            .WithName("MigrationData_ListRegions")
            .WithSummary("List the regions of the M49, SDG, IOM and World Bank income schemes")
            .Produces<IReadOnlyList<Area>>()
            .ProducesValidationProblem();
        module.MapGet("/regions/{scheme}/{code}", async (string scheme, string code, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new GetRegionQuery(scheme, code), ct)))
            .WithName("MigrationData_GetRegion")
            .WithSummary("Get a region with its member countries")
            .Produces<RegionDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
