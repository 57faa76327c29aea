using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Delegations;

internal static class ChangeCredentialsStatusEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ActionEndpoints.Map(module, "delegations", (id, action, version) => new ChangeCredentialsStatusCommand(id, action, version),
            new StatusAction("examine-credentials", "GoverningBodies_ExamineCredentials", "Record that the Director General examined a delegation's credentials"),
            new StatusAction("accept-credentials", "GoverningBodies_AcceptCredentials", "Find a delegation's credentials in order",
                "From examined, or from provisional once the original credentials arrive."),
            new StatusAction("accept-credentials-provisionally", "GoverningBodies_AcceptCredentialsProvisionally",
                "Accept a delegation provisionally, pending its original credentials"));
}
