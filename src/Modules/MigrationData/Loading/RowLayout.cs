using Iom.Modules.MigrationData.Observations;
using nietras.SeparatedValues;

namespace Iom.Modules.MigrationData.Loading;

/// <summary>
/// Where each field of a load's file is, for our CSV or for SDMX-CSV (1.0 with DATAFLOW, or 2.0 with STRUCTURE and
/// STRUCTURE_ID). A column the loader does not know refuses the file, named: a value it would not read (a SEX, an
/// AGE, a UNIT_MULT) would otherwise be stored as something it is not. -1 marks a column the file does not have.
/// </summary>
internal sealed record RowLayout(
    ExportFormat Format, int Indicator, int Area, int Period, int Value, int Status, int Action,
    int Sex, int Age, int Origin, int UnitMultiplier, int Frequency, int Width)
{
    // Columns read and not stored: an edition's provenance is the edition's, whatever a file passed on says.
    private static readonly string[] SdmxInformational = ["STRUCTURE", "STRUCTURE_ID", "STRUCTURE_NAME", "DATAFLOW", "DATASET", "EDITION"];
    private static readonly string[] CsvInformational = ["area_name", "dataset", "edition", "released_on", "retrieved_on", "partner", "licence"];

    private static readonly string[] SdmxRead = ["INDICATOR", "SERIES", "REF_AREA", "TIME_PERIOD", "OBS_VALUE", "OBS_STATUS", "ACTION", "SEX", "AGE", "COUNTERPART_AREA", "UNIT_MULT", "FREQ"];
    private static readonly string[] CsvRead = ["indicator", "area", "period", "value", "status", "sex", "age", "origin", "unit_mult"];

    public const string SdmxHeader = "STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,REF_AREA,[SEX,AGE,COUNTERPART_AREA,FREQ,]TIME_PERIOD,OBS_VALUE[,OBS_STATUS,UNIT_MULT]";
    public const string CsvHeader = "indicator,area,[sex,age,origin,]period,value[,status,unit_mult]";

    /// <summary>A reader of a load's file: quoted fields unescaped, short rows reported by the load, not thrown.</summary>
    public static SepReader OpenReader(Stream file) =>
        Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true, Trim = SepTrim.All }).From(file);

    public static bool TryFrom(SepReaderHeader header, out RowLayout layout, out string error)
    {
        var names = header.ColNames.Select(n => n.Trim()).ToList();
        int Find(params string[] candidates) => names.FindIndex(n => candidates.Any(c => string.Equals(n, c, StringComparison.OrdinalIgnoreCase)));
        var sdmx = Find("STRUCTURE", "DATAFLOW") == 0;
        layout = sdmx
            ? new RowLayout(ExportFormat.SdmxCsv, Find("INDICATOR", "SERIES"), Find("REF_AREA"), Find("TIME_PERIOD"), Find("OBS_VALUE"), Find("OBS_STATUS"), Find("ACTION"),
                Find("SEX"), Find("AGE"), Find("COUNTERPART_AREA"), Find("UNIT_MULT"), Find("FREQ"), names.Count)
            : new RowLayout(ExportFormat.Csv, Find("indicator"), Find("area"), Find("period"), Find("value"), Find("status"), -1,
                Find("sex"), Find("age"), Find("origin"), Find("unit_mult"), -1, names.Count);
        var known = sdmx ? SdmxRead.Concat(SdmxInformational) : CsvRead.Concat(CsvInformational);
        var unknown = names.Where(n => !known.Contains(n, StringComparer.OrdinalIgnoreCase)).ToList();
        var repeated = names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var required = sdmx ? new[] { ("INDICATOR", layout.Indicator), ("REF_AREA", layout.Area), ("TIME_PERIOD", layout.Period), ("OBS_VALUE", layout.Value) }
            : new[] { ("indicator", layout.Indicator), ("area", layout.Area), ("period", layout.Period), ("value", layout.Value) };
        var missing = required.Where(r => r.Item2 < 0).Select(r => r.Item1).ToList();
        var expected = $"Expected {(sdmx ? "SDMX-CSV: " + SdmxHeader : CsvHeader)}.";
        error = missing.Count > 0 ? $"The header lacks {string.Join(", ", missing)}. {expected}"
            : unknown.Count > 0 ? $"The header has {(unknown.Count == 1 ? "a column" : "columns")} the loader does not know: {string.Join(", ", unknown.Select(Quote))}. {expected}"
            : repeated.Count > 0 ? $"The header names {string.Join(", ", repeated.Select(Quote))} more than once."
            : string.Empty;
        return error.Length == 0;
    }

    private static string Quote(string name) => Iom.SharedKernel.Text.CallerValue.Quote(name);
}
