using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Registrations;

internal static class DeleteRegistrationEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapDelete(module, "/registrations/{id:guid}", (id, version) => new DeleteRegistrationCommand(id, version), "GoverningBodies_DeleteRegistration", "Remove a registration entered by mistake")
            .WithDescription("With If-Match (428 without it); only while pending (409 otherwise: withdraw it). Its history stays readable, personal details redacted.");
}
