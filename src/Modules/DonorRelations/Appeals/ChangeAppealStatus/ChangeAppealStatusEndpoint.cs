using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Appeals;

internal static class ChangeAppealStatusEndpoint
{
    public static void Map(RouteGroupBuilder module)
    {
        ActionEndpoints.Map(module, "appeals", (id, action, version) => new ChangeAppealStatusCommand(id, action, null, version),
            new StatusAction("publish", "DonorRelations_PublishAppeal", "Publish a drafted appeal"),
            new StatusAction("close", "DonorRelations_CloseAppeal", "Close a published or revised appeal"));
        ActionEndpoints.MapWithBody<ReviseAppealRequest, AppealDetails>(module, "/appeals/{id:guid}/revise",
            (id, request, version) => new ChangeAppealStatusCommand(id, "revise", request.Lines ?? [], version),
            "DonorRelations_ReviseAppeal", "Revise the requirements of a published appeal");
    }
}
