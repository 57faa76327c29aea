using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Pledges;

internal static class ChangePledgeStatusEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ActionEndpoints.Map(module, "pledges", (id, action, version) => new ChangePledgeStatusCommand(id, action, version),
            new StatusAction("confirm", "DonorRelations_ConfirmPledge", "Confirm an announced pledge"),
            new StatusAction("cancel", "DonorRelations_CancelPledge", "Cancel what remains of a pledge"));
}
