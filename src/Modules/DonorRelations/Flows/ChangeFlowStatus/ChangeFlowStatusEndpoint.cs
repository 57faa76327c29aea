using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Flows;

internal static class ChangeFlowStatusEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ActionEndpoints.Map(module, "flows", (id, action, version) => new ChangeFlowStatusCommand(id, action, version),
            new StatusAction("commit", "DonorRelations_CommitFlow", "Record a pledged flow as committed"),
            new StatusAction("pay", "DonorRelations_PayFlow", "Record a pledged or committed flow as paid"));
}
