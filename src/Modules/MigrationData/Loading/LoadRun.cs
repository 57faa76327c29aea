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

        if (layout.Frequency >= 0 && Periods.IsValid(period) && row[layout.Frequency].Span is { IsEmpty: false } frequency && !frequency.SequenceEqual(ObservationCsv.Frequency(period)))
        {
            Fail(line, "FREQ", $"FREQ {CallerValue.Quote(frequency)} does not match TIME_PERIOD {CallerValue.Quote(period)}: A for 2024, Q for 2024-Q1, M for 2024-03.");
        }

        var breakdown = indicator is null ? null : BreakdownFields.Parse(row, layout, indicator, geography, this, line);
        var multiplier = ValueFields.UnitMultiplier(layout.UnitMultiplier >= 0 ? row[layout.UnitMultiplier].Span : [], sdmx, this, line);
        var status = ValueFields.Status(layout.Status >= 0 ? row[layout.Status].Span : [], sdmx, this, line);
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
            value = multiplier == 0 ? number : ValueFields.Scale(valueText, number, multiplier);
        }
        else
        {
            Fail(line, sdmx ? "OBS_VALUE" : "value", $"{CallerValue.Quote(valueText)} is not a number (use a dot for decimals and no thousands separator).");
        }

        return ErrorCount == failures ? new ParsedObservation(indicator!.Code, indicator.IndicatorKey, editionKey, area!.Area.Code, period, breakdown!, value, status) : null;
    }
}
