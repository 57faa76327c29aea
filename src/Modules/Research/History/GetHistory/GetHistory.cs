using Iom.Modules.Research.Data;
using Iom.Modules.Research.Manifestations;
using Iom.Modules.Research.Projects;
using Iom.Modules.Research.Reviews;
using Iom.Modules.Research.Series;
using Iom.Modules.Research.Works;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Paging;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Iom.Modules.Research.History;

/// <summary>The record of changes of one resource, oldest first.</summary>
internal sealed record GetHistoryQuery(string EntityType, Guid Id, int? Limit, string? Cursor) : IQuery<Page<AuditRecord>>;

internal sealed class GetHistoryQueryHandler(ResearchDatabase db, IOptions<JsonOptions> json) : IQueryHandler<GetHistoryQuery, Page<AuditRecord>>
{
    public async ValueTask<Page<AuditRecord>> Handle(GetHistoryQuery query, CancellationToken cancellationToken) =>
        await AuditHistory.ReadVisibleAsync(db, query.EntityType, query.Id, query.Limit, query.Cursor, json.Value.SerializerOptions,
            (read, ct) => EnsureVisibleAsync(read, query.EntityType, query.Id, ct), cancellationToken);

    // The history of something the caller may not see (unknown) is a 404 like the thing itself.
    private async Task EnsureVisibleAsync(IDbSession read, string entityType, Guid id, CancellationToken cancellationToken)
    {
        _ = entityType switch
        {
            AuditedEntities.Project => (object)await ProjectRow.GetAsync(read, id, cancellationToken),
            AuditedEntities.Series => await SeriesRow.GetAsync(read, id, cancellationToken),
            AuditedEntities.Work => await WorkRow.GetAsync(read, id, cancellationToken),
            AuditedEntities.ReviewRound => await ReviewRounds.GetAsync(read, id, cancellationToken),
            AuditedEntities.ReviewAssignment => await ReviewAssignmentRow.GetAsync(read, id, cancellationToken),
            AuditedEntities.Manifestation => await ManifestationRow.GetAsync(read, id, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(entityType), entityType, "Not an audited entity of this module."),
        };
    }
}
