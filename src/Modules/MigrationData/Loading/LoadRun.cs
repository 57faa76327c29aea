using System.Globalization;
using Iom.Modules.MigrationData.Catalogue;
using Iom.Modules.MigrationData.Geography;
using Iom.Modules.MigrationData.Observations;
using Iom.SharedKernel.Text;
using nietras.SeparatedValues;

namespace Iom.Modules.MigrationData.Loading;

internal sealed record ParsedObservation(string Indicator, int IndicatorKey, int EditionKey, string Area, string Period, Breakdown Breakdown, double? Value, ObservationStatus? Status);

internal sealed class LoadRun(AreaDirectory.Snapshot geography, IReadOnlyDictionary<string, IndicatorRef> indicators, int editionKey)
{
    private readonly List<LoadError> _errors = [];

    public ExportFormat Format { get; set; } = ExportFormat.Csv;

    public int RowsRead { get; set; }

    public int RowsLoaded { get; private set; }

    public int ErrorCount { get; private set; }

    public Dictionary<int, int> LoadedByIndicator { get; } = [];

    public void Fail(int line, string? column, string message)
    {
        ErrorCount++;
        if (_errors.Count < ObservationLoader.MaxReportedErrors)
        {
            _errors.Add(new LoadError(line, column, message));
        }
    }

    public void FailDuplicate(int line, ParsedObservation o) =>
        Fail(line, null, $"Duplicate key: {o.Indicator} {o.Area} {o.Period}{Describe(o.Breakdown)} is already in this edition (earlier in the file or in an earlier load).");

    private static string Describe(Breakdown b) => b == Breakdown.Total ? string.Empty : $" (sex {b.Sex}, age {b.Age}, origin {b.Origin})";

    public void Loaded(int indicatorKey)
    {
        RowsLoaded++;
        LoadedByIndicator[indicatorKey] = LoadedByIndicator.GetValueOrDefault(indicatorKey) + 1;
    }

    // In line order: SQL Server reports a batch's duplicate keys after the batch's other errors.
    public LoadReport Report(LoadOutcome outcome) =>
        new(outcome, Format, RowsRead, outcome == LoadOutcome.Loaded ? RowsLoaded : 0, ErrorCount, [.. _errors.OrderBy(e => e.Line)]);

    public ParsedObservation? TryParse(SepReader.Row row, RowLayout layout, int line)
    {
        var failures = ErrorCount;
        var sdmx = layout.Format == ExportFormat.SdmxCsv;
        if (layout.Action >= 0 && row[layout.Action].Span is var action && !(action.IsEmpty || action is "I" || action is "A"))
        {
            Fail(line, "ACTION", $"ACTION {CallerValue.Quote(action)} is not supported; use I (information) or A (append).");
        }

        var indicatorCode = row[layout.Indicator].ToString();
        if (!indicators.TryGetValue(indicatorCode, out var indicator))
        {
            Fail(line, sdmx ? "INDICATOR" : "indicator", $"Unknown indicator {CallerValue.Quote(indicatorCode)}.");
        }

        var areaCode = row[layout.Area].ToString();
        var area = geography.Resolve(areaCode);
        if (area is null || area.ResolvedBy == CodeScheme.Retired)
        {
            Fail(line, sdmx ? "REF_AREA" : "area", areaCode.Length == 0 ? "The area is empty." : areaCode.Length > CallerValue.MaxQuotedLength ? $"Unknown area {CallerValue.Quote(areaCode)}." : geography.Explain(areaCode));
        }

        var period = row[layout.Period].ToString();
        if (!Periods.IsValid(period))
        {
            Fail(line, sdmx ? "TIME_PERIOD" : "period", $"{CallerValue.Quote(period)} is not a period: use 2024, 2024-Q1 or 2024-03.");
        }

        if (layout.Frequency >= 0 && Periods.IsValid(period) && row[layout.Frequency].Span is { IsEmpty: false } frequency && !Periods.HasFrequency(period, frequency))
        {
            Fail(line, "FREQ", $"FREQ {CallerValue.Quote(frequency)} does not match TIME_PERIOD {CallerValue.Quote(period)}: A for 2024, Q for 2024-Q1, M for 2024-03.");
        }

        var breakdown = indicator is null ? null : BreakdownFields.Parse(row, layout, indicator, geography, this, line);
        var multiplier = ParseUnitMultiplier(layout.UnitMultiplier >= 0 ? row[layout.UnitMultiplier].Span : [], sdmx, line);
        var status = ParseStatus(layout.Status >= 0 ? row[layout.Status].Span : [], sdmx, line);
        var valueText = row[layout.Value].Span;
        double? value = null;
        if (valueText.IsEmpty || (sdmx && valueText is "NaN"))
        {
            if (status != ObservationStatus.Missing)
            {
                Fail(line, sdmx ? "OBS_VALUE" : "value", "The value is empty; give a number, or mark the observation missing.");
            }
        }
        else if (double.TryParse(valueText, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number)
            && double.IsFinite(number))
        {
            value = multiplier == 0 ? number : Scale(valueText, number, multiplier);
        }
        else
        {
            Fail(line, sdmx ? "OBS_VALUE" : "value", $"{CallerValue.Quote(valueText)} is not a number (use a dot for decimals and no thousands separator).");
        }

        return ErrorCount == failures ? new ParsedObservation(indicator!.Code, indicator.IndicatorKey, editionKey, area!.Area.Code, period, breakdown!, value, status) : null;
    }

    // SDMX's codes are read in both formats (people pass files between the two); our names in plain CSV only.
    private ObservationStatus? ParseStatus(ReadOnlySpan<char> text, bool sdmx, int line)
    {
        if (text.IsEmpty || text is "A")
        {
            return null;
        }

        if (ObservationCsv.FromSdmxStatus(text) is { } coded)
        {
            return coded;
        }

        if (!sdmx && EnumText.TryParseName<ObservationStatus>(text.ToString(), out var parsed))
        {
            return parsed;
        }

        Fail(line, sdmx ? "OBS_STATUS" : "status", sdmx
            ? $"OBS_STATUS {CallerValue.Quote(text)} is not one of A, E, P, B, M."
            : $"Status {CallerValue.Quote(text)} is not one of estimated, provisional, breakInSeries, missing (or SDMX's A, E, P, B, M).");
        return null;
    }

    // SDMX UNIT_MULT: the value is in units of 10^n (3: thousands). Stored in plain units, so every value of an indicator adds up.
    private int ParseUnitMultiplier(ReadOnlySpan<char> text, bool sdmx, int line)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var power) && power is >= -12 and <= 12)
        {
            return power;
        }

        Fail(line, sdmx ? "UNIT_MULT" : "unit_mult", $"{CallerValue.Quote(text)} is not a unit multiplier: give the power of ten, from -12 to 12 (3 for thousands).");
        return 0;
    }

    // In decimal where it fits, so that 1.1 thousand is 1100 and not 1100.0000000000002.
    private static double Scale(ReadOnlySpan<char> text, double number, int power) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact) && Math.Abs(number) < 1e15
            ? (double)(exact * (power > 0 ? Pow10(power) : 1m / Pow10(-power)))
            : number * Math.Pow(10, power);

    private static decimal Pow10(int power)
    {
        var result = 1m;
        for (var i = 0; i < power; i++)
        {
            result *= 10;
        }

        return result;
    }
}
