using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.TranslationJobs;

internal static class ListTranslationBacklogEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ListTranslationBacklogQuery, Page<TranslationJobDetails>>(module, "/translation-jobs/backlog", "GoverningBodies_ListTranslationBacklog", "List open translation jobs, overdue first");
}
