using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Catalogue;

internal static class ReleaseEditionEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ActionEndpoints.Map(module, "editions", (id, _, version) => new ReleaseEditionCommand(id, version),
            new StatusAction("release", "MigrationData_ReleaseEdition", "Release a draft edition: it is served, and the default if it is its dataset's latest release",
                "Compare its coverage with the current edition's first (GET …/coverage): a partial edition replaces a complete one as the default. 409 unless a draft."));
}
