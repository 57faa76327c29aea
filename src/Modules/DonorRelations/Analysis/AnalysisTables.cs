using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Analysis;

/// <summary>An analysis query: answered as JSON, or as CSV with format=csv.</summary>
internal interface ITableQuery
{
    string? Format { get; }

    /// <summary>The same query in <paramref name="format"/> (asked for by the Accept header).</summary>
    ITableQuery WithFormat(string format);
}

/// <summary>Maps the analyses one way: JSON, or CSV when the caller asks for format=csv.</summary>
internal static class AnalysisTables
{
    private const string CsvMediaType = "text/csv";

    public static RouteHandlerBuilder Map<TQuery, TReport>(RouteGroupBuilder module, string pattern, Func<TReport, string> toCsv, string operationId, string summary)
        where TQuery : ITableQuery, IQuery<TReport> =>
        module.MapGet(pattern, async ([AsParameters] TQuery query, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                ExportNegotiation.VaryByAccept(http.Response);
                var format = ExportNegotiation.Format(http.Request, query.Format, FormatsByMediaType);
                return Answer(await sender.Send((TQuery)(format == query.Format ? query : query.WithFormat(format!)), ct), format, toCsv);
            })
            .WithName(operationId)
            .WithSummary(summary)
            .Produces<TReport>()
            .WithMetadata(new CsvExport(Sdmx: false))
            .ProducesValidationProblem();

    private static readonly Dictionary<string, string> FormatsByMediaType = new(StringComparer.OrdinalIgnoreCase) { [CsvMediaType] = "csv" };

    private static IResult Answer<T>(T report, string? format, Func<T, string> toCsv) =>
        EnumText.ParseOptional<TableFormat>(format) == TableFormat.Csv ? Results.Text(toCsv(report), CsvMediaType + "; charset=utf-8") : Results.Ok(report);
}

internal enum TableFormat
{
    Json,
    Csv,
}
