using Iom.SharedKernel.Data;
using Iom.Modules.Research.Data;
using Iom.Modules.Research.Works;
using Iom.SharedKernel.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.Research.Manifestations;

internal sealed record ListManifestationsQuery(Guid WorkId) : IQuery<IReadOnlyList<ManifestationDetails>>;

internal sealed record GetManifestationQuery(Guid Id) : IQuery<ManifestationDetails>;

internal sealed class ListManifestationsQueryHandler(ResearchDatabase db) : IQueryHandler<ListManifestationsQuery, IReadOnlyList<ManifestationDetails>>
{
    public async ValueTask<IReadOnlyList<ManifestationDetails>> Handle(ListManifestationsQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        _ = await WorkRow.GetAsync(read, query.WorkId, cancellationToken);
        return (await ManifestationRow.ForWorkAsync(read, query.WorkId, cancellationToken)).Select(m => m.ToResponse()).ToList();
    }
}

internal sealed class GetManifestationQueryHandler(ResearchDatabase db) : IQueryHandler<GetManifestationQuery, ManifestationDetails>
{
    public async ValueTask<ManifestationDetails> Handle(GetManifestationQuery query, CancellationToken cancellationToken)
    {
        await using var read = await db.ReadAsync(cancellationToken);
        return (await ManifestationRow.GetAsync(read, query.Id, cancellationToken)).ToResponse();
    }
}

internal static class ReadManifestationsEndpoints
{
    public static void Map(RouteGroupBuilder module)
    {
        module.MapGet("/works/{workId:guid}/manifestations", async (Guid workId, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new ListManifestationsQuery(workId), ct)))
            .WithName("Research_ListManifestations")
            .WithSummary("List a work's language versions and formats")
            .Produces<IReadOnlyList<ManifestationDetails>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        ResourceEndpoints.MapGetById(module, "/manifestations/{id:guid}", id => new GetManifestationQuery(id), "Research_GetManifestation", "Get a language version of a work, with its translation status");
    }
}
