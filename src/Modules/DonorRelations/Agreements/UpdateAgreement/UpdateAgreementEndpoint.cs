using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Agreements;

internal static class UpdateAgreementEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapPatch<AgreementPatch, AgreementDetails>(
                module, "/agreements/{id:guid}", (id, patch, version) => new UpdateAgreementCommand(id, patch, version),
                "DonorRelations_UpdateAgreement", "Correct a draft agreement's title, dates or earmarking")
            .WithDescription("JSON Merge Patch (RFC 7396) with If-Match (428 without it), while the agreement is a draft; a signed one is a 409 and changes through amendments.");
}
