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
}

/// <summary>Maps the observation queries one way: a JSON page, or an export streamed as CSV or SDMX-CSV.</summary>
internal static class ObservationAnswers
{
    public static RouteHandlerBuilder Map<TQuery>(RouteGroupBuilder module, string pattern, string operationId, string summary)
        where TQuery : IObservationQuery =>
        module.MapGet(pattern, async ([AsParameters] TQuery query, ISender sender, HttpContext http, CancellationToken ct) =>
                await AnswerAsync(await sender.Send(query, ct), query.Format, http, ct))
            .WithName(operationId)
            .WithSummary(summary)
            .Produces<ObservationPage>()
            .WithMetadata(new CsvExport())
            .ProducesValidationProblem();

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
