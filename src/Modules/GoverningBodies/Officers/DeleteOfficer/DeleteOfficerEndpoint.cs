using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Officers;

internal static class DeleteOfficerEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapDelete(module, "/officers/{id:guid}", (id, version) => new DeleteOfficerCommand(id, version), "GoverningBodies_DeleteOfficer", "Remove an officer recorded by mistake")
            .WithDescription("With If-Match (428 without it); 409 while a sitting names the officer as presiding. Its history stays readable.");
}
