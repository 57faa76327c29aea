using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Registrations;

internal static class ListRegistrationsEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ListRegistrationsQuery, Page<RegistrationDetails>>(module, "/sessions/{sessionId:guid}/registrations", "GoverningBodies_ListRegistrations", "List a session's registrations, oldest first")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
