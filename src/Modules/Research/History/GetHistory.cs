using Iom.Modules.Research.Data;
using Iom.Modules.Research.Manifestations;
using Iom.Modules.Research.Projects;
using Iom.Modules.Research.Reviews;
using Iom.Modules.Research.Series;
using Iom.Modules.Research.Works;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Paging;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Iom.Modules.Research.History;

/// <summary>The record of changes of one resource, oldest first.</summary>
internal sealed record GetHistoryQuery(string EntityType, Guid Id, int? Limit, string? Cursor) : IQuery<Page<AuditRecord>>;

/// <summary>Paging of a history.</summary>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record HistoryPage(int? Limit, string? Cursor);

internal sealed class GetHistoryQueryHandler(ResearchDatabase db, IOptions<JsonOptions> json) : IQueryHandler<GetHistoryQuery, Page<AuditRecord>>
{
    public async ValueTask<Page<AuditRecord>> Handle(GetHistoryQuery query, CancellationToken cancellationToken)
    {
        // The history of something unknown is a 404 like the thing itself.
        await using (var connection = await db.OpenAsync(cancellationToken))
        {
            _ = query.EntityType switch
            {
                AuditedEntities.Project => (object)await ProjectRow.GetAsync(connection, null, query.Id, cancellationToken),
                AuditedEntities.Series => await SeriesRow.GetAsync(connection, null, query.Id, cancellationToken),
                AuditedEntities.Work => await WorkRow.GetAsync(connection, null, query.Id, cancellationToken),
                AuditedEntities.ReviewAssignment => await ReviewAssignmentRow.GetAsync(connection, null, query.Id, cancellationToken),
                AuditedEntities.Manifestation => await ManifestationRow.GetAsync(connection, null, query.Id, cancellationToken),
                _ => throw new ArgumentOutOfRangeException(nameof(query), query.EntityType, "Not an audited entity of this module."),
            };
        }

        return await AuditHistory.ReadAsync(db, query.EntityType, query.Id, query.Limit, query.Cursor, json.Value.SerializerOptions, cancellationToken);
    }
}

internal static class GetHistoryEndpoints
{
    public static void Map(RouteGroupBuilder module)
    {
        MapHistory(module, "projects", AuditedEntities.Project, "Project");
        MapHistory(module, "series", AuditedEntities.Series, "Series");
        MapHistory(module, "works", AuditedEntities.Work, "Work");
        MapHistory(module, "review-assignments", AuditedEntities.ReviewAssignment, "ReviewAssignment");
        MapHistory(module, "manifestations", AuditedEntities.Manifestation, "Manifestation");
    }

    private static void MapHistory(RouteGroupBuilder module, string collection, string entityType, string name) =>
        module.MapGet($"/{collection}/{{id:guid}}/history", async (Guid id, [AsParameters] HistoryPage page, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new GetHistoryQuery(entityType, id, page.Limit, page.Cursor), ct)))
            .WithName($"Research_Get{name}History")
            .WithSummary($"Get the record of changes of a {entityType}: who, when, what changed")
            .Produces<Page<AuditRecord>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
