using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Paging;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.History;

internal static class GetHistoryEndpoints
{
    public static void Map(RouteGroupBuilder module)
    {
        MapHistory(module, "sessions", AuditedEntities.Session, "Session");
        MapHistory(module, "agenda-items", AuditedEntities.AgendaItem, "AgendaItem");
        MapHistory(module, "documents", AuditedEntities.Document, "Document");
        MapHistory(module, "translation-jobs", AuditedEntities.TranslationJob, "TranslationJob");
        MapHistory(module, "resolutions", AuditedEntities.Resolution, "Resolution");
    }

    private static void MapHistory(RouteGroupBuilder module, string collection, string entityType, string name) =>
        module.MapGet($"/{collection}/{{id:guid}}/history", async (Guid id, [AsParameters] HistoryPage page, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new GetHistoryQuery(entityType, id, page.Limit, page.Cursor), ct)))
            .WithName($"GoverningBodies_Get{name}History")
            .WithSummary($"Get the record of changes of a {entityType}: who, when, what changed")
            .Produces<Page<AuditRecord>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
