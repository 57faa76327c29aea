using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Donors;

internal static class UpdateDonorEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapPatch<DonorPatch, DonorDetails>(
                module, "/donors/{id:guid}", (id, patch, version) => new UpdateDonorCommand(id, patch, version), "DonorRelations_UpdateDonor", "Correct a donor's name, type, identifiers, contacts or status")
            .WithDescription("JSON Merge Patch (RFC 7396) with If-Match (428 without it). The code does not change; priorities are set per year with PUT.");
}
