using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Programme;

internal static class GetProgrammeEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/programme/{year:int}", async (int year, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new GetProgrammeQuery(year), ct)))
            .WithName("Research_GetProgramme")
            .WithSummary("The publication programme of a year: planned works by quarter against what was published")
            .Produces<ProgrammeDetails>()
            .ProducesValidationProblem();
}
