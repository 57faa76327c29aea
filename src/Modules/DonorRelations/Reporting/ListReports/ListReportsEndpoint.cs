using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Reporting;

internal static class ListReportsEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ListReportsQuery, Page<ReportingRequirementDetails>>(module, "/reports", "DonorRelations_ListReports", "The reporting calendar: reports by due date, with overdue computed");
}
