using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Reporting;

internal static class DeleteReportEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapDelete(module, "/reports/{id:guid}", (id, version) => new DeleteReportCommand(id, version), "DonorRelations_DeleteReport", "Remove a report scheduled by mistake")
            .WithDescription("With If-Match (428 without it); only while it is scheduled (then 409). Its history stays readable.");
}
