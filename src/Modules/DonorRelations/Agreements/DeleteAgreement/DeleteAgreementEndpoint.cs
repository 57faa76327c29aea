using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Agreements;

internal static class DeleteAgreementEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapDelete(module, "/agreements/{id:guid}", (id, version) => new DeleteAgreementCommand(id, version), "DonorRelations_DeleteAgreement", "Remove a draft agreement")
            .WithDescription("With If-Match (428 without it); only a draft that no flow or reporting requirement refers to, otherwise 409 says why. Its history stays readable.");
}
