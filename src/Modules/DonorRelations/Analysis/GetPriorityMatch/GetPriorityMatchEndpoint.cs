using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Analysis;

internal static class GetPriorityMatchEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        AnalysisTables.Map<GetPriorityMatchQuery, PriorityMatchReport>(module, "/analysis/priority-match", GetPriorityMatchQueryHandler.ToCsv, "DonorRelations_GetPriorityMatch",
                "Unfunded appeal lines ranked against each donor's declared themes, geographies and modality, with the reasons")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
