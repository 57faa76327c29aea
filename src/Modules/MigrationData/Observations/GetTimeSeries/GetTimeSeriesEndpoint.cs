using FluentValidation;
using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Observations;

internal static class GetTimeSeriesEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/observations", async ([AsParameters] GetTimeSeriesQuery query, ISender sender, HttpContext http, CancellationToken ct) =>
                await ObservationAnswers.AnswerAsync(await sender.Send(query, ct), query.Format, http, ct))
            .WithName("MigrationData_GetTimeSeries")
            .WithSummary("A time series: one indicator for one or many countries or regions over a span of years, each value with its provenance")
            .Produces<ObservationPage>()
            .WithMetadata(new CsvExport())
            .ProducesValidationProblem();
}
