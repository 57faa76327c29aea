using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.ArrearsNotifications;

internal static class RecordCouncilDecisionEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ActionEndpoints.MapWithBody<CouncilDecisionRequest, ArrearsNotificationDetails>(
            module, "/arrears-notifications/{id:guid}/council-decision", (id, request, version) => new RecordCouncilDecisionCommand(id, request.Decision, request.DecidedOn, request.Reference, version),
            "GoverningBodies_RecordCouncilDecision", "Record the Council's decision to maintain or restore the vote of a State in arrears");
}
