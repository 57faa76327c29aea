using System.Text.Json;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Paging;

namespace Iom.SharedKernel.Auditing;

/// <summary>One recorded change of a resource.</summary>
/// <param name="Id">Id of the entry.</param>
/// <param name="EntityType">What kind of resource changed.</param>
/// <param name="EntityId">Which one.</param>
/// <param name="Action">What was done: create, update, or the name of the action taken.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="Subject">Who: the token's subject.</param>
/// <param name="ClientId">Through which client application, if the token names one.</param>
/// <param name="TraceId">The W3C trace id of the request that made the change.</param>
/// <param name="Changes">The fields that changed, with their old and new values (sensitive ones redacted).</param>
public sealed record AuditRecord(
    Guid Id,
    string EntityType,
    Guid EntityId,
    string Action,
    DateTimeOffset OccurredAt,
    string Subject,
    string? ClientId,
    string? TraceId,
    IReadOnlyList<AuditChange> Changes);

/// <summary>Reads a resource's audit entries from its module's schema, oldest first.</summary>
public static class AuditHistory
{
    private static readonly KeysetList<AuditRow> List = new(
        "a.id", r => r.Id, "occurredAt", new SortableField<AuditRow>("occurredAt", "a.occurred_at", KeyKind.Instant, r => r.OccurredAt));

    /// <summary>The SELECT for a module's schema; the schema is a name from code, never input.</summary>
    public static string SelectFrom(string schema) => $"""
        SELECT a.id, a.entity_type, a.entity_id, a.action, a.changes, a.subject, a.client_id, a.occurred_at, a.trace_id
        FROM {schema}.audit_entries a
        """;

    public static async Task<Page<AuditRecord>> ReadAsync(
        IDbSession session, string entityType, Guid entityId, int? limit, string? cursor, JsonSerializerOptions json, CancellationToken cancellationToken)
    {
        var filter = new SqlFilter().Where(ForEntity, new { EntityType = entityType, EntityId = entityId });
        var page = await List.ReadAsync(session, SelectFrom(session.Schema), filter, new PageRequest(null, limit, cursor), cancellationToken);
        return page.Select(r => new AuditRecord(
            r.Id, r.EntityType, r.EntityId, r.Action, r.OccurredAt, r.Subject, r.ClientId, r.TraceId,
            JsonSerializer.Deserialize<List<AuditChange>>(r.Changes, json) ?? []));
    }

    /// <summary>
    /// A module's history query: the page of <paramref name="entityId"/>'s changes, once <paramref name="ensureVisible"/>
    /// has thrown NotFoundException for something the caller may not see (a history is a 404 like the thing itself).
    /// </summary>
    public static async Task<Page<AuditRecord>> ReadVisibleAsync(
        ModuleDatabase database, string entityType, Guid entityId, int? limit, string? cursor, JsonSerializerOptions json,
        Func<IDbSession, CancellationToken, Task> ensureVisible, CancellationToken cancellationToken,
        Func<IReadOnlyList<AuditChange>, bool>? visibleOnceDeleted = null)
    {
        await using var read = await database.ReadAsync(cancellationToken);
        // A removed record's history stays readable to the module's readers (its last entry is the removal), unless what it
        // was (a restricted document) says this caller may not see it: visibleOnceDeleted judges from the removal's changes.
        var removal = await RemovalAsync(read, entityType, entityId, cancellationToken);
        if (removal is null)
        {
            await ensureVisible(read, cancellationToken);
        }
        else if (visibleOnceDeleted is not null && !visibleOnceDeleted(JsonSerializer.Deserialize<List<AuditChange>>(removal, json) ?? []))
        {
            throw new NotFoundException(entityType, entityId);
        }

        return await ReadAsync(read, entityType, entityId, limit, cursor, json, cancellationToken);
    }

    private const string ForEntity = "a.entity_type = @EntityType AND a.entity_id = @EntityId";

    private static Task<string?> RemovalAsync(IDbSession read, string entityType, Guid entityId, CancellationToken cancellationToken) =>
        read.QuerySingleOrDefaultAsync<string>(RemovalSql(read.Schema), new { EntityType = entityType, EntityId = entityId }, cancellationToken);

    private static string RemovalSql(string schema) =>
        $"SELECT changes FROM {schema}.audit_entries WHERE entity_type = @EntityType AND entity_id = @EntityId AND action = 'delete'";

    /// <summary>The SQL Server text of every statement a history sends, for the T-SQL and SQL Server model tests.</summary>
    public static IEnumerable<string> Statements(string schema) =>
    [
        List.BuildSql(SqlDialect.SqlServer, SelectFrom(schema), new SqlFilter().Where(ForEntity), new PageRequest(null, 10, null)),
        RemovalSql(schema),
    ];

    private sealed class AuditRow
    {
        public Guid Id { get; set; }
        public string EntityType { get; set; } = string.Empty;
        public Guid EntityId { get; set; }
        public string Action { get; set; } = string.Empty;
        public string Changes { get; set; } = "[]";
        public string Subject { get; set; } = string.Empty;
        public string? ClientId { get; set; }
        public DateTimeOffset OccurredAt { get; set; }
        public string? TraceId { get; set; }
    }
}
