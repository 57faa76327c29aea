using FluentValidation;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Iom.Modules.DonorRelations.Agreements;
using Iom.Modules.DonorRelations.Data;
using Iom.Modules.DonorRelations.Donors;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Time;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
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
