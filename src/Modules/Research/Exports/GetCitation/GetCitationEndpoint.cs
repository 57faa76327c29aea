using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Exports;

internal static class GetCitationEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/works/{id:guid}/citation", async (Guid id, [Microsoft.AspNetCore.Mvc.FromQuery] string? language, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new GetCitationQuery(id, language), ct)))
            .WithName("Research_GetCitation")
            .WithSummary("The required citation of a work in en, fr or es")
            .Produces<CitationDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
