using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Manifestations;

internal static class ApproveTranslationEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ActionEndpoints.MapWithBody<ApproveTranslationRequest, ManifestationDetails>(module, "/manifestations/{id:guid}/approve-translation",
            (id, request, version) => new ApproveTranslationCommand(id, request.DueOn, request.WordCount, version),
            "Research_ApproveTranslation", "Approve the translation of a language version: the translation service opens a job for it");
}
