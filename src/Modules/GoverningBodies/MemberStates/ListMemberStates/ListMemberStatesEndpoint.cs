using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.MemberStates;

internal static class ListMemberStatesEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ListMemberStatesQuery, Page<MemberStateStanding>>(
            module, "/member-states", "GoverningBodies_ListMemberStates", "List the Member States with their voting rights on a day");
}
