using Iom.Modules.MigrationData.Data;
using Iom.SharedKernel.Data;
using Mediator;

namespace Iom.Modules.MigrationData.Catalogue;

/// <summary>How much of an indicator an edition holds.</summary>
/// <param name="Observations">Its observations (every breakdown counted).</param>
/// <param name="Areas">Areas with at least one observation.</param>
/// <param name="Periods">Periods with at least one observation.</param>
/// <param name="FirstPeriod">The earliest period; absent when none.</param>
/// <param name="LastPeriod">The latest period; absent when none.</param>
internal sealed record CoverageFigures(int Observations, int Areas, int Periods, string? FirstPeriod, string? LastPeriod);

/// <summary>One indicator's coverage in the edition, beside the current edition's.</summary>
/// <param name="Indicator">The indicator's code.</param>
/// <param name="Edition">In this edition.</param>
/// <param name="Current">In the edition it is compared with; absent when there is none, or it does not hold the indicator.</param>
/// <param name="AreasNotCovered">Areas the current edition has and this one does not.</param>
/// <param name="PeriodsNotCovered">Periods the current edition has and this one does not.</param>
internal sealed record IndicatorCoverage(string Indicator, CoverageFigures Edition, CoverageFigures? Current, IReadOnlyList<string> AreasNotCovered, IReadOnlyList<string> PeriodsNotCovered);

/// <summary>What an edition covers (areas × periods, per indicator) beside what its dataset serves now, so a partial release is seen before it replaces anything.</summary>
/// <param name="Edition">The edition.</param>
/// <param name="ComparedWith">The dataset's current edition (its latest release other than this one); absent when none is released.</param>
/// <param name="Indicators">Per indicator of either edition.</param>
internal sealed record EditionCoverage(EditionDetails Edition, EditionDetails? ComparedWith, IReadOnlyList<IndicatorCoverage> Indicators);

internal sealed record GetEditionCoverageQuery(Guid Id) : IQuery<EditionCoverage>;

internal sealed class GetEditionCoverageQueryHandler(MigrationDataDatabase db, IndicatorDirectory indicators) : IQueryHandler<GetEditionCoverageQuery, EditionCoverage>
{
    private const string CurrentSql = EditionRow.SelectFrom + """
         WHERE e.dataset_id = @DatasetId AND e.status = 'released' AND e.id <> @Id
         ORDER BY e.released_on DESC, e.edition_key DESC
        """;

    private const string CellsSql = """
        SELECT indicator_key, area, period, COUNT(*) AS observations FROM migration_data.observations
        WHERE edition_key = @EditionKey GROUP BY indicator_key, area, period
        """;

    public async ValueTask<EditionCoverage> Handle(GetEditionCoverageQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var edition = await EditionRow.GetAsync(read, query.Id, cancellationToken);
        var current = (await read.QueryAsync<EditionRow>(CurrentSql, new { edition.DatasetId, query.Id }, cancellationToken)).FirstOrDefault();
        var mine = (await CellsAsync(read, edition.EditionKey, cancellationToken)).ToLookup(c => c.IndicatorKey);
        var theirs = (current is null ? [] : await CellsAsync(read, current.EditionKey, cancellationToken)).ToLookup(c => c.IndicatorKey);
        var codes = (await indicators.AllAsync(cancellationToken)).Values.ToDictionary(i => i.IndicatorKey, i => i.Code);
        var coverage = mine.Select(g => g.Key).Union(theirs.Select(g => g.Key))
            .Select(key => Compare(codes.GetValueOrDefault(key, "?"), [.. mine[key]], current is null ? null : [.. theirs[key]]))
            .OrderBy(c => c.Indicator, StringComparer.Ordinal)
            .ToList();
        return new EditionCoverage(edition.ToResponse(), current?.ToResponse(), coverage);
    }

    private static IndicatorCoverage Compare(string indicator, IReadOnlyList<Cell> mine, IReadOnlyList<Cell>? theirs)
    {
        var current = theirs is { Count: > 0 } ? Figures(theirs) : null;
        var areasNotCovered = theirs is null ? [] : theirs.Select(c => c.Area).Distinct().Except(mine.Select(c => c.Area)).Order(StringComparer.Ordinal).ToList();
        var periodsNotCovered = theirs is null ? [] : theirs.Select(c => c.Period).Distinct().Except(mine.Select(c => c.Period)).Order(StringComparer.Ordinal).ToList();
        return new IndicatorCoverage(indicator, Figures(mine), current, areasNotCovered, periodsNotCovered);
    }

    private static CoverageFigures Figures(IReadOnlyList<Cell> cells)
    {
        var periods = cells.Select(c => c.Period).Distinct().Order(StringComparer.Ordinal).ToList();
        return new CoverageFigures(cells.Sum(c => c.Observations), cells.Select(c => c.Area).Distinct().Count(), periods.Count, periods.FirstOrDefault(), periods.LastOrDefault());
    }

    private static async Task<List<Cell>> CellsAsync(IDbSession read, int editionKey, CancellationToken cancellationToken) =>
        [.. await read.QueryAsync<Cell>(CellsSql, new { EditionKey = editionKey }, cancellationToken)];

    private sealed class Cell
    {
        public int IndicatorKey { get; set; }
        public string Area { get; set; } = string.Empty;
        public string Period { get; set; } = string.Empty;
        public int Observations { get; set; }
    }
}
