using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Iom.Modules.MigrationData.Catalogue;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Text;

namespace Iom.Modules.MigrationData.Observations;

/// <summary>A value's observation status (SDMX OBS_STATUS); absent means a normal value.</summary>
internal enum ObservationStatus
{
    Estimated,
    Provisional,
    BreakInSeries,
    Missing,
}

/// <summary>Where a value comes from: every value carries it.</summary>
/// <param name="Dataset">The dataset's code.</param>
/// <param name="Edition">The edition (vintage) the value belongs to.</param>
/// <param name="EditionId">That edition's id.</param>
/// <param name="ReleasedOn">When the partner released the edition.</param>
/// <param name="RetrievedOn">When GMDAC retrieved it.</param>
/// <param name="Partner">The partner that publishes the dataset.</param>
/// <param name="Licence">The dataset's licence.</param>
/// <param name="EditionStatus">draft, released or withdrawn: only a released edition is read by default.</param>
internal sealed record Provenance(string Dataset, string Edition, Guid EditionId, DateOnly ReleasedOn, DateOnly? RetrievedOn, string Partner, string? Licence, EditionStatus EditionStatus);

/// <summary>One observation.</summary>
/// <param name="Indicator">The indicator's code.</param>
/// <param name="Area">The country (ISO 3166-1 alpha-3) or region (scheme:code).</param>
/// <param name="AreaName">The area's English name.</param>
/// <param name="Period">2024, 2024-Q1 or 2024-03.</param>
/// <param name="Sex">F, M, or _T (both sexes).</param>
/// <param name="Age">The age group (SDMX: Y0T4, Y_GE75), or _T (all ages).</param>
/// <param name="Origin">The area of origin (alpha-3 or scheme:code), or _T (all origins).</param>
/// <param name="Value">The value; null when missing.</param>
/// <param name="Status">estimated, provisional, breakInSeries or missing; absent for a normal value.</param>
/// <param name="Source">Its provenance.</param>
internal sealed record ObservationValue(string Indicator, string Area, string AreaName, string Period, string Sex, string Age, string Origin, double? Value, ObservationStatus? Status, Provenance Source);

/// <summary>An observation row as stored.</summary>
internal sealed class ObservationRow
{
    public const string Columns = "o.indicator_key, o.edition_key, o.area, o.period, o.sex, o.age, o.origin, o.value, o.status";

    public int IndicatorKey { get; set; }
    public int EditionKey { get; set; }
    public string Area { get; set; } = string.Empty;
    public string Period { get; set; } = string.Empty;
    public string Sex { get; set; } = Dimensions.Total;
    public string Age { get; set; } = Dimensions.Total;
    public string Origin { get; set; } = Dimensions.Total;
    public double? Value { get; set; }

    // Read as text: a NULL in the first row of a derived column leaves SQLite no type for Dapper to convert an enum from.
    public string? Status { get; set; }

    public ObservationStatus? StatusValue => EnumText.ParseOptional<ObservationStatus>(Status);
}

/// <summary>Periods: a year (2024), a quarter (2024-Q1) or a month (2024-03); as text they sort in time order within a frequency.</summary>
internal static partial class Periods
{
    public static bool IsValid(string? period) => period is not null && Shape().IsMatch(period);

    public static int YearOf(string period) => int.Parse(period.AsSpan(0, 4), CultureInfo.InvariantCulture);

    [GeneratedRegex("^[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$")]
    private static partial Regex Shape();
}

/// <summary>Keyset cursors over observation keys: the last row's (area, period, edition) as base64url JSON.</summary>
internal static class ObservationCursor
{
    public static string Encode(params object[] keys) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(keys.Select(k => Convert.ToString(k, CultureInfo.InvariantCulture)).ToArray()))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>
    /// The rows after the cursor in the order of <paramref name="columns"/>, compared key by key (SQL Server has no row
    /// values): (a &gt; @C0 OR (a = @C0 AND b &gt; @C1) OR …). Parameters come from <see cref="Parameters"/>.
    /// </summary>
    public static string After(IReadOnlyList<string> columns)
    {
        var terms = new List<string>();
        for (var i = 0; i < columns.Count; i++)
        {
            var equal = Enumerable.Range(0, i).Select(j => $"{columns[j]} = @C{j} AND ");
            terms.Add($"({string.Concat(equal)}{columns[i]} > @C{i})");
        }

        return $"({string.Join(" OR ", terms)})";
    }

    /// <summary>The cursor's keys as @C0, @C1 …; the one at <paramref name="numeric"/> (default: the last, an edition key) as a number.</summary>
    public static Dapper.DynamicParameters Parameters(string[] keys, int numeric = -1)
    {
        numeric = numeric < 0 ? keys.Length - 1 : numeric;
        var parameters = new Dapper.DynamicParameters();
        for (var i = 0; i < keys.Length; i++)
        {
            if (i != numeric)
            {
                parameters.Add($"C{i}", keys[i]);
            }
            else
            {
                parameters.Add($"C{i}", int.TryParse(keys[i], NumberStyles.None, CultureInfo.InvariantCulture, out var key) ? key : throw Invalid.Field("cursor", "The cursor is not one this list issued."));
            }
        }

        return parameters;
    }

    public static string[] Decode(string cursor, int count)
    {
        try
        {
            var s = cursor.Replace('-', '+').Replace('_', '/');
            s += (s.Length % 4) switch { 2 => "==", 3 => "=", _ => string.Empty };
            var keys = JsonSerializer.Deserialize<string[]>(Encoding.UTF8.GetString(Convert.FromBase64String(s)));
            return keys is { Length: var n } && n == count ? keys : throw new FormatException();
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            throw Invalid.Field("cursor", "The cursor is not one this list issued.");
        }
    }
}
