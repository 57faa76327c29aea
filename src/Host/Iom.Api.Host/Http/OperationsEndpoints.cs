using Dapper;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Outbox;
using Iom.SharedKernel.Paging;
using Iom.SharedKernel.Text;

namespace Iom.Api.Host.Http;

/// <summary>An event in a module's outbox, as operators see it.</summary>
/// <param name="Module">The module's schema.</param>
/// <param name="Id">The event id.</param>
/// <param name="Sequence">Its place in the module's order.</param>
/// <param name="Type">The event type.</param>
/// <param name="Status">pending, delivered or parked.</param>
/// <param name="Attempts">Failed deliveries so far.</param>
/// <param name="NextAttemptAt">When it will be tried again.</param>
/// <param name="LastError">Why the last delivery failed.</param>
/// <param name="OccurredAt">When the event happened.</param>
/// <param name="DeliveredAt">When it was delivered.</param>
internal sealed record OutboxMessage(
    string Module, Guid Id, long Sequence, string Type, string Status, int Attempts, DateTimeOffset NextAttemptAt, string? LastError,
    DateTimeOffset OccurredAt, DateTimeOffset? DeliveredAt);

/// <summary>Filters and paging for the outbox view, in module and sequence order.</summary>
/// <param name="Status">pending, delivered or parked (default parked).</param>
/// <param name="Limit">Page size, 1 to 200, default 50.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
internal sealed record OutboxQuery([property: QueryEnum(typeof(OutboxView))] string? Status, int? Limit, string? Cursor);

internal enum OutboxView
{
    Pending,
    Delivered,
    Parked,
}

/// <summary>What operations staff need beyond health checks: the outbox of every module.</summary>
internal static class OperationsEndpoints
{
    public const string Read = "operations:read";
    public const string Write = "operations:write";

    public static void MapApiOperations(this RouteGroupBuilder api, IEnumerable<ModuleDatabase> databases)
    {
        var modules = databases.ToDictionary(d => d.Schema);
        var operations = api.MapGroup("/operations").WithTags("Operations");

        operations.MapGet("/outbox-messages", async ([AsParameters] OutboxQuery query, CancellationToken ct) =>
            {
                if (query.Status is not null && !EnumText.TryParseName<OutboxView>(query.Status, out _))
                {
                    throw Invalid.Field("status", $"Use one of: {EnumText.Names<OutboxView>()}.");
                }

                var limit = query.Limit ?? 50;
                if (limit is < 1 or > 200)
                {
                    throw Invalid.Field("limit", "limit must be between 1 and 200.");
                }

                // The cursor names the module and sequence of the last event answered: modules in schema order, then sequence.
                var (afterModule, afterSequence) = OutboxCursor.Read(query.Cursor);
                var messages = new List<OutboxMessage>();
                foreach (var database in modules.Values.Where(d => string.CompareOrdinal(d.Schema, afterModule) >= 0).OrderBy(d => d.Schema, StringComparer.Ordinal))
                {
                    await using var connection = await database.OpenAsync(ct);
                    var after = database.Schema == afterModule ? afterSequence : 0;
                    var rows = await connection.QueryAsync<OutboxMessageRow>(database.Command(
                        OutboxSql.List(database.Schema, database.Dialect),
                        new { Status = (query.Status ?? "parked").ToLowerInvariant(), After = after, Limit = limit + 1 - messages.Count }, ct));
                    messages.AddRange(rows.Select(r => new OutboxMessage(
                        database.Schema, r.Id, r.Sequence, r.Type, r.Status, r.Attempts, r.NextAttemptAt, r.LastError, r.OccurredAt, r.DeliveredAt)));
                    if (messages.Count > limit)
                    {
                        break;
                    }
                }

                var page = messages.Take(limit).ToList();
                return Results.Ok(new Page<OutboxMessage>(page, messages.Count > limit ? OutboxCursor.After(page[^1]) : null));
            })
            .WithName("Operations_ListOutboxMessages")
            .WithSummary("List outbox events by status across modules (parked ones carry their last error)")
            .RequireAuthorization(Read)
            .Produces<Page<OutboxMessage>>()
            .ProducesValidationProblem();

        operations.MapPost("/outbox-messages/{module}/{id:guid}/retry", async (string module, Guid id, CancellationToken ct) =>
            {
                if (!modules.TryGetValue(module, out var database))
                {
                    throw new NotFoundException("module", module);
                }

                await using var connection = await database.OpenAsync(ct);
                var requeued = await connection.ExecuteAsync(database.Command(OutboxSql.Requeue(database.Schema), new { Id = id, Now = DateTimeOffset.UtcNow }, ct));
                return requeued == 1 ? Results.NoContent() : throw new NotFoundException("parked outbox event", id);
            })
            .RefusesBody()
            .WithName("Operations_RetryOutboxMessage")
            .WithSummary("Put a parked outbox event back in the queue")
            .RequireAuthorization(Write)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private sealed class OutboxMessageRow
    {
        public Guid Id { get; set; }
        public long Sequence { get; set; }
        public string Type { get; set; } = string.Empty;
        public string Status { get; set; } = string.Empty;
        public int Attempts { get; set; }
        public DateTimeOffset NextAttemptAt { get; set; }
        public string? LastError { get; set; }
        public DateTimeOffset OccurredAt { get; set; }
        public DateTimeOffset? DeliveredAt { get; set; }
    }
}
