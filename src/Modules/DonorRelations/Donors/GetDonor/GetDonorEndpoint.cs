using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Donors;

internal static class GetDonorEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapGetById(module, "/donors/{id:guid}", id => new GetDonorQuery(id), "DonorRelations_GetDonor", "Get a donor with its priorities by year");
}
