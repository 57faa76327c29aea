using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Manifestations;

internal static class ListManifestationsEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        module.MapGet("/works/{workId:guid}/manifestations", async (Guid workId, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new ListManifestationsQuery(workId), ct)))
            .WithName("Research_ListManifestations")
            .WithSummary("List a work's language versions and formats")
            .Produces<IReadOnlyList<ManifestationDetails>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
