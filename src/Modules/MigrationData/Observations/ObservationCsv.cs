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

    /// <summary>The SDMX-CSV structure observations are exported as, and loaded from.</summary>
    public const string Dataflow = "IOM:DF_MIGRATION_DATA(1.0)";

    private const int RowsPerFlush = 500;

    private static readonly string[] SdmxColumns = ["STRUCTURE", "STRUCTURE_ID", "ACTION", "INDICATOR", "REF_AREA", "TIME_PERIOD", "OBS_VALUE", "OBS_STATUS", "DATASET", "EDITION"];

    // The provenance the JSON carries, licence included, so that a file passed on says under which terms.
    private static readonly string[] CsvColumns = ["indicator", "area", "area_name", "period", "value", "status", "dataset", "edition", "released_on", "retrieved_on", "partner", "licence"];

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
                CsvText.AppendRow(buffer, "dataflow", Dataflow, "I", row.Indicator, row.Area, row.Period, value, SdmxStatus(row.Status), row.Source.Dataset, row.Source.Edition);
            }
            else
            {
                CsvText.AppendRow(buffer, row.Indicator, row.Area, row.AreaName, row.Period, value, row.Status?.ToText() ?? string.Empty, row.Source.Dataset, row.Source.Edition,
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
}
