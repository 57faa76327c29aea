using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Delegations;

internal static class ListDelegationsEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ListDelegationsQuery, Page<DelegationDetails>>(module, "/sessions/{sessionId:guid}/delegations", "GoverningBodies_ListDelegations", "List a session's delegations with their credentials and members")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
