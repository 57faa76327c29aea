using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.TranslationJobs;

internal static class GetTranslationJobEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapGetById(module, "/translation-jobs/{id:guid}", id => new GetTranslationJobQuery(id), "GoverningBodies_GetTranslationJob", "Get a translation job");
}
