using FluentValidation;
using Iom.Modules.GoverningBodies.Data;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Time;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.TranslationJobs;

internal static class ListTranslationBacklogEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapList<ListTranslationBacklogQuery, Page<TranslationJobDetails>>(module, "/translation-jobs/backlog", "GoverningBodies_ListTranslationBacklog", "List open translation jobs, overdue first");
}
