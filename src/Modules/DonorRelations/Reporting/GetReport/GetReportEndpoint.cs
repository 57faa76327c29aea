using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Reporting;

internal static class GetReportEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapGetById(module, "/reports/{id:guid}", id => new GetReportQuery(id), "DonorRelations_GetReport", "Get a reporting requirement");
}
