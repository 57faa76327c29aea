using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Sittings;

internal static class ChangeSittingStatusEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ActionEndpoints.Map(module, "sittings", (id, action, version) => new ChangeSittingStatusCommand(id, action, version),
            new StatusAction("hold", "GoverningBodies_HoldSitting", "Record that a sitting was held"),
            new StatusAction("cancel", "GoverningBodies_CancelSitting", "Cancel a scheduled sitting"));
}
