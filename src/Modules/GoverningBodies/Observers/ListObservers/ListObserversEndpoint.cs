using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Observers;

internal static class ListObserversEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ListObserversQuery, Page<ObserverDetails>>(module, "/observers", "GoverningBodies_ListObservers", "List the observers: states, IGOs and NGOs");
}
