using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Flows;

internal static class ChangeFlowStatusEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ActionEndpoints.MapWithOptionalBody<FlowStageRequest, FlowDetails>(
            module, "flows", (id, action, request, version) => new ChangeFlowStatusCommand(id, action, request?.On, version),
            new StatusAction("commit", "DonorRelations_CommitFlow", "Record a pledged flow as committed, on the day given (default today)"),
            new StatusAction("pay", "DonorRelations_PayFlow", "Record a pledged or committed flow as paid, on the day given (default today)"));
}
