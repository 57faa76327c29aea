using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Observations;

/// <summary>A query of observations: answered as a JSON page, or streamed as CSV or SDMX-CSV with format=.</summary>
internal interface IObservationQuery : IQuery<ObservationResult>
{
    string? Format { get; }

    /// <summary>The same query in <paramref name="format"/> (asked for by the Accept header).</summary>
    IObservationQuery WithFormat(string format);
}

/// <summary>Maps the observation queries one way: a JSON page, or an export streamed as CSV or SDMX-CSV.</summary>
internal static class ObservationAnswers
{
    public static RouteHandlerBuilder Map<TQuery>(RouteGroupBuilder module, string pattern, string operationId, string summary)
        where TQuery : IObservationQuery =>
        module.MapGet(pattern, async ([AsParameters] TQuery query, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                ExportNegotiation.VaryByAccept(http.Response);
                var format = ExportNegotiation.Format(http.Request, query.Format, FormatsByMediaType);
                var asked = format == query.Format ? query : query.WithFormat(format!);
                return await AnswerAsync(await sender.Send(asked, ct), format, http, ct);
            })
            .WithName(operationId)
            .WithSummary(summary)
            .Produces<ObservationPage>()
            .WithMetadata(new CsvExport())
            .ProducesValidationProblem();

    private static readonly Dictionary<string, string> FormatsByMediaType = new(StringComparer.OrdinalIgnoreCase)
    {
        [ObservationCsv.CsvMediaType] = "csv",
        ["application/vnd.sdmx.data+csv"] = "sdmxCsv",
    };

    private static async Task<IResult> AnswerAsync(ObservationResult result, string? format, HttpContext http, CancellationToken ct)
    {
        if (result.Rows is null)
        {
            return Results.Ok(result.Page);
        }

        await ObservationCsv.WriteAsync(http.Response, result.Rows, EnumText.ParseOptional<ExportFormat>(format) ?? ExportFormat.Csv, result.FileName, ct);
        return Results.Empty;
    }
}
