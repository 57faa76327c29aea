using Iom.Modules.GoverningBodies.Data;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Time;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.TranslationJobs;

internal static class GetTranslationJobEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapGetById(module, "/translation-jobs/{id:guid}", id => new GetTranslationJobQuery(id), "GoverningBodies_GetTranslationJob", "Get a translation job");
}
