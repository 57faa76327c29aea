using Iom.SharedKernel.Text;
using Microsoft.AspNetCore.Http;

namespace Iom.Modules.DonorRelations.Analysis;

/// <summary>An analysis as JSON, or as CSV when the caller asks for format=csv.</summary>
internal static class AnalysisTables
{
    private const string CsvMediaType = "text/csv";

    public static IResult Answer<T>(T report, string? format, Func<T, string> toCsv) =>
        EnumText.ParseOptional<TableFormat>(format) == TableFormat.Csv ? Results.Text(toCsv(report), CsvMediaType + "; charset=utf-8") : Results.Ok(report);
}

internal enum TableFormat
{
    Json,
    Csv,
}
