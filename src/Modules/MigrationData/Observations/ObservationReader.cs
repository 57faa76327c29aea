using System.Runtime.CompilerServices;
using Dapper;
using Iom.Modules.MigrationData.Catalogue;
using Iom.Modules.MigrationData.Data;
using Iom.Modules.MigrationData.Geography;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;

namespace Iom.Modules.MigrationData.Observations;

/// <summary>Runs observation SQL and turns rows into values with provenance.</summary>
internal sealed class ObservationReader(MigrationDataDatabase db, AreaDirectory areas, IndicatorDirectory indicators)
{
    public const int DefaultLimit = 500;
    public const int MaxLimit = 5000;
    public const int MaxAreas = 300;

    public MigrationDataDatabase Database => db;

    public async Task<ResolvedQuery> ResolveAsync(
        string? indicator, string? areaCodes, string? dataset, string? edition, IBreakdownQuery? breakdown, CancellationToken cancellationToken)
    {
        var indicatorRef = await indicators.GetOrInvalidAsync(indicator, "indicator", cancellationToken);
        var geography = await areas.GetAsync(cancellationToken);
        var every = string.Equals(areaCodes?.Trim(), "all", StringComparison.OrdinalIgnoreCase);
        var resolved = areaCodes is null || every ? [] : SplitCodes(areaCodes).Select(c => geography.ResolveOrInvalid(c, "areas")).ToList();
        await using var read = await db.ReadAsync(cancellationToken);
        var editions = await EditionSelector.SelectAsync(read, indicatorRef.IndicatorKey, dataset, edition, cancellationToken);
        var selection = breakdown is null ? BreakdownSelection.Totals : await BreakdownQuery.ResolveAsync(breakdown, indicatorRef, indicators, geography, cancellationToken);
        return new ResolvedQuery(indicatorRef, editions, resolved, geography, selection) { EveryArea = every };
    }

    /// <summary>The area codes a query reads: each country, and each region with its member countries; null for every area.</summary>
    public static IReadOnlyList<string>? AreasWithMembers(ResolvedQuery query) => query.EveryArea ? null :
        [.. query.Areas.SelectMany(a => a.Area.Kind == AreaKind.Region ? query.Geography.MembersOf(a.Area.Code).Prepend(a.Area.Code) : [a.Area.Code]).Distinct()];

    public static IReadOnlyList<string> SplitCodes(string codes)
    {
        var list = codes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return list.Length is 0 or > MaxAreas
            ? throw Invalid.Field("areas", $"Give 1 to {MaxAreas} area codes separated by commas.")
            : list;
    }

    public async Task<(List<ObservationValue> Rows, string? Next)> PageAsync(
        ResolvedQuery query, string sql, object parameters, int limit, Func<ObservationRow, string> cursorOf, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        var rows = (await read.QueryAsync<ObservationRow>(sql, parameters, cancellationToken)).ToList();
        string? next = null;
        if (rows.Count > limit)
        {
            rows.RemoveAt(limit);
            next = cursorOf(rows[^1]);
        }

        return (rows.Select(r => ToValue(query, r)).ToList(), next);
    }

    public async IAsyncEnumerable<ObservationValue> StreamAsync(ResolvedQuery query, string sql, object parameters, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        await foreach (var row in read.QueryUnbufferedAsync<ObservationRow>(sql, parameters).WithCancellation(cancellationToken))
        {
            yield return ToValue(query, row);
        }
    }

    public static ObservationValue ToValue(ResolvedQuery query, ObservationRow row) => new(
        query.Indicator.Code,
        row.Area,
        query.Geography.Find(row.Area)?.Name.En ?? row.Area,
        row.Period,
        row.Sex,
        row.Age,
        row.Origin,
        row.Value,
        row.StatusValue,
        query.Sources[row.EditionKey]);
}
