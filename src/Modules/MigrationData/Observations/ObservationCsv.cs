using System.Globalization;
using System.Text;
using Iom.SharedKernel.Text;
using Microsoft.AspNetCore.Http;

namespace Iom.Modules.MigrationData.Observations;

/// <summary>
/// Streams observations as CSV or SDMX-CSV 2.0, flushing every few hundred rows so that memory does not grow with the
/// export (rows are formatted by <see cref="CsvText"/>, see there why not Sep's writer).
/// </summary>
internal static class ObservationCsv
{
    public const string CsvMediaType = "text/csv";
    public const string SdmxCsvMediaType = "application/vnd.sdmx.data+csv; version=2.0.0";

    /// <summary>The SDMX-CSV structure observations are exported as, and loaded from; GET …/sdmx/structure/dataflow/IOM/DF_MIGRATION_DATA/1.0 describes it.</summary>
    public const string Dataflow = SdmxStructure.Agency + ":" + SdmxStructure.DataflowId + "(" + SdmxStructure.Version + ")";

    private const int RowsPerFlush = 500;

    /// <summary>SDMX-CSV 2.0: the structure, the action, the dimensions in the order of the data structure, the value, its attributes.</summary>
    public static readonly string[] SdmxColumns =
        ["STRUCTURE", "STRUCTURE_ID", "ACTION", "FREQ", "INDICATOR", "REF_AREA", "SEX", "AGE", "COUNTERPART_AREA", "TIME_PERIOD", "OBS_VALUE", "OBS_STATUS", "DATASET", "EDITION"];

    // The provenance the JSON carries, licence included, so that a file passed on says under which terms.
    private static readonly string[] CsvColumns =
        ["indicator", "area", "area_name", "period", "sex", "age", "origin", "value", "status", "dataset", "edition", "released_on", "retrieved_on", "partner", "licence"];

    public static async Task WriteAsync(HttpResponse response, IAsyncEnumerable<ObservationValue> rows, ExportFormat format, string fileName, CancellationToken cancellationToken)
    {
        var sdmx = format == ExportFormat.SdmxCsv;
        response.ContentType = (sdmx ? SdmxCsvMediaType : CsvMediaType) + "; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}.csv\"";
        var buffer = new StringBuilder();
        CsvText.AppendRow(buffer, sdmx ? SdmxColumns : CsvColumns);
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            var value = row.Value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;
            if (sdmx)
            {
                CsvText.AppendRow(buffer, "dataflow", Dataflow, "I", Frequency(row.Period), row.Indicator, row.Area, row.Sex, row.Age, row.Origin, row.Period, value, SdmxStatus(row.Status),
                    row.Source.Dataset, row.Source.Edition);
            }
            else
            {
                CsvText.AppendRow(buffer, row.Indicator, row.Area, row.AreaName, row.Period, row.Sex, row.Age, row.Origin, value, row.Status?.ToText() ?? string.Empty, row.Source.Dataset, row.Source.Edition,
                    row.Source.ReleasedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row.Source.RetrievedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty, row.Source.Partner,
                    row.Source.Licence);
            }

            if (++count % RowsPerFlush == 0)
            {
                await response.WriteAsync(buffer.ToString(), cancellationToken);
                buffer.Clear();
            }
        }

        await response.WriteAsync(buffer.ToString(), cancellationToken);
    }

    /// <summary>SDMX FREQ of a period: A (2024), Q (2024-Q1) or M (2024-03).</summary>
    public static string Frequency(string period) => period.Length == 4 ? "A" : period[5] == 'Q' ? "Q" : "M";

    /// <summary>SDMX OBS_STATUS codes: A normal, E estimated, P provisional, B break, M missing.</summary>
    public static string SdmxStatus(ObservationStatus? status) => status switch
    {
        null => "A",
        ObservationStatus.Estimated => "E",
        ObservationStatus.Provisional => "P",
        ObservationStatus.BreakInSeries => "B",
        ObservationStatus.Missing => "M",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>The status an SDMX OBS_STATUS code other than A stands for; null for any other text.</summary>
    public static ObservationStatus? FromSdmxStatus(ReadOnlySpan<char> code) => code switch
    {
        "E" => ObservationStatus.Estimated,
        "P" => ObservationStatus.Provisional,
        "B" => ObservationStatus.BreakInSeries,
        "M" => ObservationStatus.Missing,
        _ => null,
    };
}
