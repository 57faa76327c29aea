using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.TranslationJobs;

internal static class UpdateTranslationJobEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapPatch<TranslationJobPatch, TranslationJobDetails>(
                module, "/translation-jobs/{id:guid}", (id, patch, version) => new UpdateTranslationJobCommand(id, patch, version),
                "GoverningBodies_UpdateTranslationJob", "Correct an open translation job's due date, word count or assignee")
            .WithDescription("JSON Merge Patch (RFC 7396) with If-Match (428 without it), while the job is requested or in progress (then 409). A wrong document or language: cancel it and request anew.");
}
