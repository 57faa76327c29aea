using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Appeals;

internal static class UpdateAppealEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapPatch<AppealPatch, AppealDetails>(
                module, "/appeals/{id:guid}", (id, patch, version) => new UpdateAppealCommand(id, patch, version),
                "DonorRelations_UpdateAppeal", "Correct a draft appeal's title, period or requirement lines")
            .WithDescription("JSON Merge Patch (RFC 7396) with If-Match (428 without it), while the appeal is a draft; lines are replaced as a whole. A published appeal is a 409 and changes through revise.");
}
