using Iom.SharedKernel.Http;
using Iom.SharedKernel.Text;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Observations;

internal static class ObservationEndpoints
{
    public static void Map(RouteGroupBuilder module)
    {
        module.MapGet("/observations", async ([AsParameters] GetTimeSeriesQuery query, ISender sender, HttpContext http, CancellationToken ct) =>
                await AnswerAsync(await sender.Send(query, ct), query.Format, http, ct))
            .WithName("MigrationData_GetTimeSeries")
            .WithSummary("A time series: one indicator for one or many countries or regions over a span of years, each value with its provenance")
            .Produces<ObservationPage>()
            .WithMetadata(new CsvExport())
            .ProducesValidationProblem();
        module.MapGet("/observations/latest", async ([AsParameters] GetLatestQuery query, ISender sender, HttpContext http, CancellationToken ct) =>
                await AnswerAsync(await sender.Send(query, ct), query.Format, http, ct))
            .WithName("MigrationData_GetLatestValues")
            .WithSummary("The latest value per area: latest=nonEmpty (default) skips missing values, latest=any does not")
            .Produces<ObservationPage>()
            .WithMetadata(new CsvExport())
            .ProducesValidationProblem();
        module.MapGet("/observations/cross-section", async ([AsParameters] GetCrossSectionQuery query, ISender sender, HttpContext http, CancellationToken ct) =>
                await AnswerAsync(await sender.Send(query, ct), query.Format, http, ct))
            .WithName("MigrationData_GetCrossSection")
            .WithSummary("A cross-section: one indicator and one period across countries, optionally those of a region")
            .Produces<ObservationPage>()
            .WithMetadata(new CsvExport())
            .ProducesValidationProblem();
        ResourceEndpoints.MapList<GetAggregatesQuery, AggregateSeries>(module, "/aggregates", "MigrationData_GetRegionalAggregates", "A regional aggregate per period, stating its method (sum or population-weighted) and coverage");
        ResourceEndpoints.MapList<ListRevisionsQuery, RevisionPage>(module, "/revisions", "MigrationData_ListRevisions", "The values added, changed or removed between two editions of a dataset");
    }

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
