using Iom.Modules.MigrationData.Catalogue;
using Iom.Modules.MigrationData.Geography;
using Iom.Modules.MigrationData.Observations;
using Iom.SharedKernel.Text;
using nietras.SeparatedValues;

namespace Iom.Modules.MigrationData.Loading;

/// <summary>
/// A row's sex, age and origin: each total (_T) when the file has no such column or leaves it empty; a value other than
/// the total only for a dimension the indicator declares, so that values broken down by sex never pass for totals.
/// </summary>
internal static class BreakdownFields
{
    public static Breakdown Parse(SepReader.Row row, RowLayout layout, IndicatorRef indicator, AreaDirectory.Snapshot geography, LoadRun run, int line)
    {
        var sdmx = layout.Format == ExportFormat.SdmxCsv;
        var sex = Read(row, layout.Sex);
        var age = Read(row, layout.Age);
        var origin = Read(row, layout.Origin);
        if (!Dimensions.IsSex(sex))
        {
            run.Fail(line, sdmx ? "SEX" : "sex", $"{CallerValue.Quote(sex)} is not a sex code: use F, M or _T (both).");
        }

        if (!Dimensions.IsAge(age))
        {
            run.Fail(line, sdmx ? "AGE" : "age", $"{CallerValue.Quote(age)} is not an age group: use {Dimensions.AgeHint}.");
        }

        if (origin != Dimensions.Total)
        {
            var area = geography.Resolve(origin);
            if (area is null || area.ResolvedBy == CodeScheme.Retired)
            {
                run.Fail(line, sdmx ? "COUNTERPART_AREA" : "origin", origin.Length > CallerValue.MaxQuotedLength ? $"Unknown area {CallerValue.Quote(origin)}." : geography.Explain(origin));
            }
            else
            {
                origin = area.Area.Code;
            }
        }

        var breakdown = new Breakdown(sex, age, origin);
        foreach (var dimension in Dimensions.Every)
        {
            if (breakdown.ValueOf(dimension) == Dimensions.Total || indicator.Declares(dimension))
            {
                continue;
            }

            run.Fail(line, ColumnOf(dimension, sdmx),
                $"{indicator.Code} is not broken down by {dimension.ToText()}: its values are totals. Declare {dimension.ToText()} among its dimensions (PATCH the indicator) to load values by {dimension.ToText()}.");
        }

        return breakdown;
    }

    private static string Read(SepReader.Row row, int column) =>
        column >= 0 && row[column].Span is { IsEmpty: false } text ? text.ToString() : Dimensions.Total;

    private static string ColumnOf(ObservationDimension dimension, bool sdmx) => dimension switch
    {
        ObservationDimension.Sex => sdmx ? "SEX" : "sex",
        ObservationDimension.Age => sdmx ? "AGE" : "age",
        _ => sdmx ? "COUNTERPART_AREA" : "origin",
    };
}
