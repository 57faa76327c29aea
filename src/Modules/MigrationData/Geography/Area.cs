using Iom.SharedKernel.Text;

namespace Iom.Modules.MigrationData.Geography;

internal enum AreaKind
{
    Country,
    Region,
}

/// <summary>How an input code was understood.</summary>
internal enum CodeScheme
{
    Alpha3,
    Alpha2,
    M49,
    Region,

    /// <summary>A code ISO 3166-3 lists as no longer in use, read as its one successor.</summary>
    Retired,

    /// <summary>A code another publisher uses for the area (the World Bank's XKX for Kosovo).</summary>
    Alias,
}

/// <summary>A code no longer in use (ISO 3166-3).</summary>
/// <param name="Name">What it named.</param>
/// <param name="RetiredIn">The year it went out of use.</param>
/// <param name="Successors">The countries (alpha-3) that succeeded it.</param>
internal sealed record RetiredCode(string Name, int RetiredIn, IReadOnlyList<string> Successors);

/// <summary>A country or area, or a region of one of the grouping schemes.</summary>
/// <param name="Code">The code observations use: ISO 3166-1 alpha-3 for countries, scheme:code for regions (sdg:747).</param>
/// <param name="Kind">country or region.</param>
/// <param name="Name">Name per language.</param>
/// <param name="Alpha3">ISO 3166-1 alpha-3 (countries).</param>
/// <param name="Alpha2">ISO 3166-1 alpha-2 (countries).</param>
/// <param name="M49">UN M49 numeric code (countries, and M49 regions).</param>
/// <param name="Scheme">m49, sdg, iom or wbIncome (regions).</param>
internal sealed record Area(string Code, AreaKind Kind, LocalizedText Name, string? Alpha3, string? Alpha2, string? M49, string? Scheme);

/// <summary>What a code given by the caller resolved to.</summary>
/// <param name="Input">The code as given.</param>
/// <param name="ResolvedBy">alpha3, alpha2, m49 (a country's, or an M49 region's such as 001 World), region, retired (a former code read as its one successor), or alias (another publisher's code).</param>
/// <param name="Area">The country or region it resolved to.</param>
/// <param name="Retired">For a former code: what it named, when it was retired, its successors.</param>
internal sealed record AreaResolution(string Input, CodeScheme ResolvedBy, Area Area, RetiredCode? Retired);
