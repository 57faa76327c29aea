using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Reporting;

internal static class ChangeReportStatusEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ActionEndpoints.Map(module, "reports", (id, action, version) => new ChangeReportStatusCommand(id, action, version),
            new StatusAction("start", "DonorRelations_StartReport", "Start preparing a report"),
            new StatusAction("submit", "DonorRelations_SubmitReport", "Submit a report to the donor"),
            new StatusAction("accept", "DonorRelations_AcceptReport", "Record the donor's acceptance of a report"),
            new StatusAction("request-revision", "DonorRelations_RequestReportRevision", "Record the donor's request to revise a report"),
            new StatusAction("resubmit", "DonorRelations_ResubmitReport", "Submit a revised report"));
}
