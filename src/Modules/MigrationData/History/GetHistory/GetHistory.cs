using Iom.Modules.MigrationData.Catalogue;
using Iom.Modules.MigrationData.Data;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Paging;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Iom.Modules.MigrationData.History;

/// <summary>The record of changes of one resource, oldest first.</summary>
internal sealed record GetHistoryQuery(string EntityType, Guid Id, int? Limit, string? Cursor) : IQuery<Page<AuditRecord>>;

internal sealed class GetHistoryQueryHandler(MigrationDataDatabase db, IOptions<JsonOptions> json) : IQueryHandler<GetHistoryQuery, Page<AuditRecord>>
{
    public async ValueTask<Page<AuditRecord>> Handle(GetHistoryQuery query, CancellationToken cancellationToken) =>
        await AuditHistory.ReadVisibleAsync(db, query.EntityType, query.Id, query.Limit, query.Cursor, json.Value.SerializerOptions,
            (read, ct) => EnsureVisibleAsync(read, query.EntityType, query.Id, ct), cancellationToken);

    // The history of something unknown is a 404 like the thing itself.
    private static async Task EnsureVisibleAsync(IDbSession read, string entityType, Guid id, CancellationToken cancellationToken)
    {
        _ = entityType switch
        {
            AuditedEntities.Partner => (object)(await PartnerRow.FindAsync(read, id, cancellationToken) ?? throw new NotFoundException("partner", id)),
            AuditedEntities.Dataset => await DatasetRow.GetAsync(read, id, cancellationToken),
            AuditedEntities.Edition => await EditionRow.GetAsync(read, id, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(entityType), entityType, "Not an audited entity of this module."),
        };
    }
}
