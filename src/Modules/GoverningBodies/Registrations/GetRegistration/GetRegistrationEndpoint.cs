using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Registrations;

internal static class GetRegistrationEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapGetById(module, "/registrations/{id:guid}", id => new GetRegistrationQuery(id), "GoverningBodies_GetRegistration", "Get a registration")
            .WithDescription("personalDetails is null unless the caller has governing-bodies:personal-data.");
}
