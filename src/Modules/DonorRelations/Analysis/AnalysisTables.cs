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
}

/// <summary>Maps the analyses one way: JSON, or CSV when the caller asks for format=csv.</summary>
internal static class AnalysisTables
{
    private const string CsvMediaType = "text/csv";

    public static RouteHandlerBuilder Map<TQuery, TReport>(RouteGroupBuilder module, string pattern, Func<TReport, string> toCsv, string operationId, string summary)
        where TQuery : ITableQuery, IQuery<TReport> =>
        module.MapGet(pattern, async ([AsParameters] TQuery query, ISender sender, CancellationToken ct) => Answer(await sender.Send(query, ct), query.Format, toCsv))
            .WithName(operationId)
            .WithSummary(summary)
            .Produces<TReport>()
            .WithMetadata(new CsvExport(Sdmx: false))
            .ProducesValidationProblem();

    private static IResult Answer<T>(T report, string? format, Func<T, string> toCsv) =>
        EnumText.ParseOptional<TableFormat>(format) == TableFormat.Csv ? Results.Text(toCsv(report), CsvMediaType + "; charset=utf-8") : Results.Ok(report);
}

internal enum TableFormat
{
    Json,
    Csv,
}
