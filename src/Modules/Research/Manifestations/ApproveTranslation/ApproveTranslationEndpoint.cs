using FluentValidation;
using Iom.Contracts.Research;
using Iom.Modules.Research.Data;
using Iom.Modules.Research.Works;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Outbox;
using Iom.SharedKernel.Text;
using Iom.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Manifestations;

internal static class ApproveTranslationEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ActionEndpoints.MapWithBody<ApproveTranslationRequest, ManifestationDetails>(module, "/manifestations/{id:guid}/approve-translation",
            (id, request, version) => new ApproveTranslationCommand(id, request.DueOn, request.WordCount, version),
            "Research_ApproveTranslation", "Approve the translation of a language version: the translation service opens a job for it");
}
