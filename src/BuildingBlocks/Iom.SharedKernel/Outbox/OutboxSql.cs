using System.Collections.Concurrent;
using Iom.SharedKernel.Data;

namespace Iom.SharedKernel.Outbox;

/// <summary>The outbox's statements for a module's schema; the schema is a name from code, never input.</summary>
public static class OutboxSql
{
    private static readonly ConcurrentDictionary<(string, string), string> Cache = new();

    public static string Insert(string schema) => For(schema, """
        INSERT INTO {schema}.outbox_messages (id, type, payload, occurred_at, status, attempts, next_attempt_at)
        VALUES (@Id, @Type, @Payload, @OccurredAt, @Status, 0, @OccurredAt)
        """);

    /// <summary>One dispatcher per module at a time: the lease is taken when free or expired, and renewed by its holder.</summary>
    public static string TakeLease(string schema) => For(schema, """
        UPDATE {schema}.outbox_lease SET holder = @Holder, expires_at = @Until
        WHERE name = 'dispatcher' AND (holder = @Holder OR expires_at < @Now)
        """);

    public static string ReleaseLease(string schema) => For(schema, """
        UPDATE {schema}.outbox_lease SET holder = NULL, expires_at = @Now WHERE name = 'dispatcher' AND holder = @Holder
        """);

    public static string Head(string schema, SqlDialect dialect) => For(schema, $"""
        SELECT id, sequence, type, payload, attempts, next_attempt_at FROM {"{schema}"}.outbox_messages
        WHERE status = 'pending' ORDER BY sequence {dialect.LimitClause("@BatchSize")}
        """);

    public static string Delivered(string schema) => For(schema, """
        UPDATE {schema}.outbox_messages SET status = 'delivered', delivered_at = @Now, last_error = NULL WHERE id = @Id
        """);

    public static string Failed(string schema) => For(schema, """
        UPDATE {schema}.outbox_messages SET status = @Status, attempts = attempts + 1, next_attempt_at = @NextAttemptAt, last_error = @Error
        WHERE id = @Id
        """);

    public static string List(string schema, SqlDialect dialect) => For(schema, $"""
        SELECT id, sequence, type, status, attempts, next_attempt_at, last_error, occurred_at, delivered_at FROM {"{schema}"}.outbox_messages
        WHERE status = @Status AND sequence > @After ORDER BY sequence {dialect.LimitClause("@Limit")}
        """);

    public static string Requeue(string schema) => For(schema, """
        UPDATE {schema}.outbox_messages SET status = 'pending', attempts = 0, next_attempt_at = @Now, last_error = NULL
        WHERE id = @Id AND status = 'parked'
        """);

    /// <summary>Marks an event handled unless it was: one row affected the first time, none on a redelivery.</summary>
    public static string MarkProcessed(string schema, SqlDialect dialect) => For(schema, $"""
        INSERT INTO {"{schema}"}.processed_events (event_id, handler, processed_at)
        SELECT @EventId, @Handler, @Now
        WHERE NOT EXISTS (SELECT 1 FROM {"{schema}"}.processed_events {dialect.HoldForWrite} WHERE event_id = @EventId AND handler = @Handler)
        """);

    public static IEnumerable<string> All(string schema, SqlDialect dialect) =>
    [
        Insert(schema), TakeLease(schema), ReleaseLease(schema), Head(schema, dialect), Delivered(schema), Failed(schema),
        List(schema, dialect), Requeue(schema), MarkProcessed(schema, dialect),
    ];

    private static string For(string schema, string template) =>
        Cache.GetOrAdd((schema, template), key => key.Item2.Replace("{schema}", key.Item1, StringComparison.Ordinal));
}
