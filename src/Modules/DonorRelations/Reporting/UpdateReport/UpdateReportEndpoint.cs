using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Reporting;

internal static class UpdateReportEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapPatch<ReportPatch, ReportingRequirementDetails>(
                module, "/reports/{id:guid}", (id, patch, version) => new UpdateReportCommand(id, patch, version),
                "DonorRelations_UpdateReport", "Correct a report's kind, template, period or due date before it is submitted")
            .WithDescription("JSON Merge Patch (RFC 7396) with If-Match (428 without it), while the report is scheduled or in preparation (then 409).");
}
