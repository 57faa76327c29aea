using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.MigrationData.Observations;

internal static class GetDataStructureEndpoint
{
    // The path SDMX REST gives a dataflow (structure/dataflow/{agency}/{id}/{version}), so SDMX tools find it where they look.
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet($"/sdmx/structure/dataflow/{SdmxStructure.Agency}/{SdmxStructure.DataflowId}/{SdmxStructure.Version}", async (ISender sender, CancellationToken ct) =>
                Results.Text(await sender.Send(new GetDataStructureQuery(), ct), SdmxStructure.MediaType, System.Text.Encoding.UTF8))
            .WithName("MigrationData_GetDataStructure")
            .WithSummary("The SDMX 3.0 structure (dataflow, data structure definition, concepts, code lists) that the SDMX-CSV exports name as IOM:DF_MIGRATION_DATA(1.0)")
            .Produces<string>(StatusCodes.Status200OK, "application/vnd.sdmx.structure+xml");
}
