using FluentValidation;
using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Observations;

internal static class GetLatestEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/observations/latest", async ([AsParameters] GetLatestQuery query, ISender sender, HttpContext http, CancellationToken ct) =>
                await ObservationAnswers.AnswerAsync(await sender.Send(query, ct), query.Format, http, ct))
            .WithName("MigrationData_GetLatestValues")
            .WithSummary("The latest value per area: latest=nonEmpty (default) skips missing values, latest=any does not")
            .Produces<ObservationPage>()
            .WithMetadata(new CsvExport())
            .ProducesValidationProblem();
}
