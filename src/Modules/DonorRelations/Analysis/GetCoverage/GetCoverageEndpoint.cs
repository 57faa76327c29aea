using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Analysis;

internal static class GetCoverageEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        AnalysisTables.Map<GetCoverageQuery, CoverageReport>(module, "/appeals/{appealId:guid}/coverage", GetCoverageQueryHandler.ToCsv, "DonorRelations_GetAppealCoverage",
                "An appeal's requirements against committed and paid funding, by objective, country or donor, with percentage funded")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
