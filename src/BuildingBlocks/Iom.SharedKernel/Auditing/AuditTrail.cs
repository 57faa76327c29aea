using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Iom.SharedKernel.Auditing;

/// <summary>One changed field: its dotted path in the resource's JSON, and its values before and after.</summary>
/// <param name="Field">Path of the field, such as <c>title.fr</c> or <c>status</c>.</param>
/// <param name="Old">Its value before the change; absent on creation.</param>
/// <param name="New">Its value after the change.</param>
public sealed record AuditChange(string Field, JsonNode? Old, JsonNode? New);

/// <summary>
/// Records who changed what, in the module's own <c>audit_entries</c> table and in the transaction of the change itself,
/// so that a failed or rolled-back request leaves no entry. Changes are the difference between the resource's JSON before
/// and after; bookkeeping fields are left out and <see cref="SensitiveAttribute"/> fields are redacted.
/// </summary>
public sealed class AuditTrail(ICurrentUser user, TimeProvider clock, IOptions<JsonOptions> json)
{
    public const string Redacted = "[redacted]";

    private static readonly HashSet<string> Bookkeeping = new(StringComparer.Ordinal)
    {
        "version", "createdAt", "createdBy", "updatedAt", "updatedBy", "allowedActions",
    };

    private static readonly ConcurrentDictionary<string, string> InsertSqlBySchema = new();
    private static readonly ConcurrentDictionary<Type, HashSet<string>> SensitiveFields = new();

    /// <summary>Records the changes in the write's own transaction; handlers call it through <see cref="WriteSession.RecordAsync{T}"/>.</summary>
    public async Task RecordChangesAsync(
        WriteSession session, string entityType, Guid entityId, string action, IReadOnlyList<AuditChange> changes, CancellationToken cancellationToken)
    {
        await session.ExecuteRecordAsync(InsertSql(session.Schema), new
        {
            Id = SequentialIds.Next(session.Dialect.Provider),
            EntityType = entityType,
            EntityId = entityId,
            Action = action,
            Changes = JsonSerializer.Serialize(changes, json.Value.SerializerOptions),
            Subject = user.Subject,
            user.ClientId,
            OccurredAt = NextInstant(),
            TraceId = Activity.Current?.TraceId.ToString(),
        }, cancellationToken);
    }

    private long _lastTicks;

    // History is ordered by this instant, so two changes must never share one: when the clock has not moved (a burst, or
    // a frozen test clock), the next entry is one tick after the last. Ids cannot break the tie: a v7 Guid is random within
    // its millisecond, and SQL Server does not sort uniqueidentifier by time.
    private DateTimeOffset NextInstant()
    {
        var now = clock.GetUtcNow().UtcTicks;
        long last, next;
        do
        {
            last = Interlocked.Read(ref _lastTicks);
            next = Math.Max(now, last + 1);
        }
        while (Interlocked.CompareExchange(ref _lastTicks, next, last) != last);
        return new DateTimeOffset(next, TimeSpan.Zero);
    }

    /// <summary>The insert statement for a module's schema; the schema is a name from code, never input.</summary>
    public static string InsertSql(string schema) => InsertSqlBySchema.GetOrAdd(schema, s => $"""
        INSERT INTO {s}.audit_entries (id, entity_type, entity_id, action, changes, subject, client_id, occurred_at, trace_id)
        VALUES (@Id, @EntityType, @EntityId, @Action, @Changes, @Subject, @ClientId, @OccurredAt, @TraceId)
        """);

    public IReadOnlyList<AuditChange> Diff<T>(T? before, T after)
        where T : class
    {
        var options = json.Value.SerializerOptions;
        var old = Flatten(before is null ? null : JsonSerializer.SerializeToNode(before, options));
        var now = Flatten(JsonSerializer.SerializeToNode(after, options));
        var sensitive = SensitiveFields.GetOrAdd(typeof(T), SensitiveNames);
        return old.Keys.Union(now.Keys)
            .Where(field => !Bookkeeping.Contains(field.Split('.')[0]))
            .Where(field => !JsonNode.DeepEquals(old.GetValueOrDefault(field), now.GetValueOrDefault(field)))
            .Order(StringComparer.Ordinal)
            .Select(field => sensitive.Contains(field.Split('.')[0])
                ? new AuditChange(field, old.ContainsKey(field) ? Redacted : null, now.ContainsKey(field) ? Redacted : null)
                : new AuditChange(field, old.GetValueOrDefault(field)?.DeepClone(), now.GetValueOrDefault(field)?.DeepClone()))
            .ToList();
    }

    // {"title":{"en":"a"},"status":"x"} -> title.en = "a", status = "x"; arrays stay whole.
    private static Dictionary<string, JsonNode?> Flatten(JsonNode? node)
    {
        var result = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        void Walk(JsonNode? current, string path)
        {
            if (current is JsonObject obj)
            {
                foreach (var (name, value) in obj)
                {
                    Walk(value, path.Length == 0 ? name : $"{path}.{name}");
                }
            }
            else if (path.Length > 0)
            {
                result[path] = current;
            }
        }

        Walk(node, string.Empty);
        return result;
    }

    private static HashSet<string> SensitiveNames(Type type)
    {
        var parameters = type.GetConstructors().SelectMany(c => c.GetParameters()).Where(p => p.GetCustomAttribute<SensitiveAttribute>() is not null).Select(p => p.Name!);
        var properties = type.GetProperties().Where(p => p.GetCustomAttribute<SensitiveAttribute>() is not null).Select(p => p.Name);
        return parameters.Concat(properties).Select(JsonNamingPolicy.CamelCase.ConvertName).ToHashSet(StringComparer.Ordinal);
    }
}
