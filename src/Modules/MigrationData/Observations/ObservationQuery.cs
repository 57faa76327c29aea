using Iom.Modules.MigrationData.Catalogue;
using Iom.Modules.MigrationData.Geography;

namespace Iom.Modules.MigrationData.Observations;

internal enum ExportFormat
{
    Json,
    Csv,
    SdmxCsv,
}

internal enum LatestSemantics
{
    /// <summary>The latest period with an observation, even one whose value is missing.</summary>
    Any,

    /// <summary>The latest period with a value.</summary>
    NonEmpty,
}

/// <summary>A page of observations with how each requested area code was read.</summary>
/// <param name="Items">The observations.</param>
/// <param name="NextCursor">Pass as cursor for the next page; absent on the last.</param>
/// <param name="Areas">Each requested code and the country or region it resolved to.</param>
internal sealed record ObservationPage(IReadOnlyList<ObservationValue> Items, string? NextCursor, IReadOnlyList<AreaResolution> Areas);

/// <summary>What a query answers: a page as JSON, or every row as a stream for CSV.</summary>
internal sealed record ObservationResult(ObservationPage? Page, IAsyncEnumerable<ObservationValue>? Rows, string FileName);

/// <summary>The parts every observation query shares, resolved and checked.</summary>
internal sealed record ResolvedQuery(
    IndicatorRef Indicator, IReadOnlyList<EditionSource> Editions, IReadOnlyList<AreaResolution> Areas, AreaDirectory.Snapshot Geography, BreakdownSelection Breakdown)
{
    /// <summary>areas=all: every area, whatever the codes.</summary>
    public bool EveryArea { get; init; }

    /// <summary>Each edition's provenance, made once per query rather than once per row.</summary>
    public IReadOnlyDictionary<int, Provenance> Sources { get; } = Editions.ToDictionary(e => e.EditionKey, e => e.ToProvenance());
}
