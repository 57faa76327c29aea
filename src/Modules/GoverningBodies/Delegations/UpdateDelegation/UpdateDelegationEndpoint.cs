using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Delegations;

internal static class UpdateDelegationEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapPatch<DelegationPatch, DelegationDetails>(
                module, "/delegations/{id:guid}", (id, patch, version) => new UpdateDelegationCommand(id, patch, version),
                "GoverningBodies_UpdateDelegation", "Correct the reference or day of a delegation's credentials")
            .WithDescription("JSON Merge Patch (RFC 7396) with If-Match (428 without it), once received and until accepted (409 otherwise).");
}
