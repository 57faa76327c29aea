using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Donors;

internal static class CreateDonorEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapCreate<CreateDonorCommand, DonorDetails>(module, "/donors", r => r.Id, "DonorRelations_CreateDonor", "Add a donor")
            .ProducesProblem(StatusCodes.Status409Conflict);
}
