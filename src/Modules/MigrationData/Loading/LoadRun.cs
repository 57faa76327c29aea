using System.Globalization;
using Iom.Modules.MigrationData.Catalogue;
using Iom.Modules.MigrationData.Geography;
using Iom.Modules.MigrationData.Observations;
using Iom.SharedKernel.Text;
using nietras.SeparatedValues;

namespace Iom.Modules.MigrationData.Loading;

internal sealed record ParsedObservation(string Indicator, int IndicatorKey, int EditionKey, string Area, string Period, double? Value, ObservationStatus? Status);

/// <summary>Where each field is, for our CSV or for SDMX-CSV (1.0 with DATAFLOW, or 2.0 with STRUCTURE and STRUCTURE_ID).</summary>
internal sealed record RowLayout(ExportFormat Format, int Indicator, int Area, int Period, int Value, int Status, int Action, int Width)
{
    /// <summary>A reader of a load's file: quoted fields unescaped, short rows reported by the load, not thrown.</summary>
    public static SepReader OpenReader(Stream file) =>
        Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true, Trim = SepTrim.All }).From(file);

    public static bool TryFrom(SepReaderHeader header, out RowLayout layout, out string error)
    {
        var names = header.ColNames.Select(n => n.Trim()).ToList();
        int Find(params string[] candidates) => names.FindIndex(n => candidates.Any(c => string.Equals(n, c, StringComparison.OrdinalIgnoreCase)));
        var sdmx = Find("STRUCTURE", "DATAFLOW") == 0;
        layout = sdmx
            ? new RowLayout(ExportFormat.SdmxCsv, Find("INDICATOR", "SERIES"), Find("REF_AREA"), Find("TIME_PERIOD"), Find("OBS_VALUE"), Find("OBS_STATUS"), Find("ACTION"), names.Count)
            : new RowLayout(ExportFormat.Csv, Find("indicator"), Find("area"), Find("period"), Find("value"), Find("status"), -1, names.Count);
        var required = sdmx ? new[] { ("INDICATOR", layout.Indicator), ("REF_AREA", layout.Area), ("TIME_PERIOD", layout.Period), ("OBS_VALUE", layout.Value) }
            : new[] { ("indicator", layout.Indicator), ("area", layout.Area), ("period", layout.Period), ("value", layout.Value) };
        var missing = required.Where(r => r.Item2 < 0).Select(r => r.Item1).ToList();
        error = missing.Count == 0 ? string.Empty
            : $"The header lacks {string.Join(", ", missing)}. Expected {(sdmx ? "SDMX-CSV: STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE[,OBS_STATUS]" : "indicator,area,period,value[,status]")}.";
        return missing.Count == 0;
    }
}

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
        Fail(line, null, $"Duplicate key: {o.Indicator} {o.Area} {o.Period} is already in this edition (earlier in the file or in an earlier load).");

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
            value = number;
        }
        else
        {
            Fail(line, sdmx ? "OBS_VALUE" : "value", $"{CallerValue.Quote(valueText)} is not a number (use a dot for decimals and no thousands separator).");
        }

        return ErrorCount == failures ? new ParsedObservation(indicator!.Code, indicator.IndicatorKey, editionKey, area!.Area.Code, period, value, status) : null;
    }

    private ObservationStatus? ParseStatus(ReadOnlySpan<char> text, bool sdmx, int line)
    {
        if (text.IsEmpty)
        {
            return null;
        }

        if (sdmx)
        {
            switch (text)
            {
                case "A": return null;
                case "E": return ObservationStatus.Estimated;
                case "P": return ObservationStatus.Provisional;
                case "B": return ObservationStatus.BreakInSeries;
                case "M": return ObservationStatus.Missing;
            }
        }
        else if (EnumText.TryParseName<ObservationStatus>(text.ToString(), out var parsed))
        {
            return parsed;
        }

        Fail(line, sdmx ? "OBS_STATUS" : "status", sdmx
            ? $"OBS_STATUS {CallerValue.Quote(text)} is not one of A, E, P, B, M."
            : $"Status {CallerValue.Quote(text)} is not one of estimated, provisional, breakInSeries, missing.");
        return null;
    }
}
