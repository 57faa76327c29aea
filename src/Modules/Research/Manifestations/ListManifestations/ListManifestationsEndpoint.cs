using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Manifestations;

internal static class ListManifestationsEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ListManifestationsQuery, Page<ManifestationDetails>>(
                module, "/works/{workId:guid}/manifestations", "Research_ListManifestations", "List a work's language versions and formats")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
