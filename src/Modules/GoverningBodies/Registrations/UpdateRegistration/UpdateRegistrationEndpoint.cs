using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Registrations;

internal static class UpdateRegistrationEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapPatch<RegistrationPatch, RegistrationDetails>(
                module, "/registrations/{id:guid}", (id, patch, version) => new UpdateRegistrationCommand(id, patch, version),
                "GoverningBodies_UpdateRegistration", "Correct a registration")
            .WithDescription("JSON Merge Patch (RFC 7396) with If-Match (428 without it), until the person checks in, withdraws or is rejected (then 409).");
}
