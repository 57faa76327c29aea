using FluentValidation;
using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Reporting;

internal static class ScheduleReportEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapPost("/agreements/{agreementId:guid}/reports", async (Guid agreementId, ScheduleReportRequest request, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var report = await sender.Send(new ScheduleReportCommand(agreementId, request.Kind, request.Template, request.PeriodStart, request.PeriodEnd, request.DueOn), ct);
                return ConditionalRequests.Created(http, $"{http.Request.PathBase}/api/v1/donor-relations/reports/{report.Id}", report);
            })
            .WithName("DonorRelations_ScheduleReport")
            .WithSummary("Schedule a report owed to the donor under an agreement")
            .Produces<ReportingRequirementDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
