using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.DonorRelations.Iati;

internal static class GetIatiActivitiesEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/iati/activities", async ([FromQuery] Guid? donorId, ISender sender, CancellationToken ct) =>
                Results.Text(await sender.Send(new GetIatiActivitiesQuery(donorId), ct), "application/xml", System.Text.Encoding.UTF8))
            .WithName("DonorRelations_GetIatiActivities")
            .WithSummary("IATI 2.03 activity XML: one activity per contribution agreement (reporting organisation XM-DAC-47066), its flows as transactions")
            .Produces<string>(StatusCodes.Status200OK, "application/xml")
            .ProducesValidationProblem();
}
