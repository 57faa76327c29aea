using FluentValidation;
using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Observations;

internal static class GetCrossSectionEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/observations/cross-section", async ([AsParameters] GetCrossSectionQuery query, ISender sender, HttpContext http, CancellationToken ct) =>
                await ObservationAnswers.AnswerAsync(await sender.Send(query, ct), query.Format, http, ct))
            .WithName("MigrationData_GetCrossSection")
            .WithSummary("A cross-section: one indicator and one period across countries, optionally those of a region")
            .Produces<ObservationPage>()
            .WithMetadata(new CsvExport())
            .ProducesValidationProblem();
}
