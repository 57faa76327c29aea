using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Catalogue;

internal static class UpdateIndicatorEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ResourceEndpoints.MapPatchByCode<IndicatorPatch, IndicatorDetails>(
                module, "/indicators/{code}", (code, patch, version) => new UpdateIndicatorCommand(code, patch, version),
                "MigrationData_UpdateIndicator", "Correct an indicator's name, unit, topic, definition or references")
            .WithDescription("JSON Merge Patch (RFC 7396) with If-Match (428 without it). The code does not change; the unit changes only while no observation is loaded (409 otherwise).");
}
