using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Delegations;

internal static class ReceiveCredentialsEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ActionEndpoints.MapWithBody<ReceiveCredentialsRequest, DelegationDetails>(
            module, "/delegations/{id:guid}/receive-credentials", (id, request, version) => new ReceiveCredentialsCommand(id, request.Reference, request.ReceivedOn, version),
            "GoverningBodies_ReceiveCredentials", "Record the formal communication carrying a delegation's credentials");
}
