using System.Data;
using System.Data.Common;
using Dapper;
using Iom.Contracts;
using Iom.SharedKernel.Auditing;
using Iom.SharedKernel.Errors;
using Iom.SharedKernel.Http;
using Iom.SharedKernel.Outbox;
using Microsoft.Data.Sqlite;

namespace Iom.SharedKernel.Data;

/// <summary>
/// The unit of work of one command: one connection and one transaction on the command's module, opened by the pipeline
/// (<see cref="UnitOfWorkBehavior{TMessage, TResponse}"/>) before the handler runs and committed by it afterwards. The
/// handler receives it by injection (it is scoped: one per request) and runs its statements, its audit entries and its
/// outbox events through it; the idempotency filter adds the stored response to it. Disposed uncommitted, it rolls back.
/// </summary>
public sealed class WriteSession(AuditTrail audit, TimeProvider clock, ICurrentUser user, string? onBehalfOf = null) : IDbSession, IAsyncDisposable
{
    private ModuleDatabase? _database;
    private DbConnection? _connection;
    private DbTransaction? _transaction;
    private bool _commitHeld;
    private bool _committed;
    private int _changes;
    private int _audited;

    public bool IsOpen => _transaction is not null;

    public string Schema => Database.Schema;

    public SqlDialect Dialect => Database.Dialect;

    public DbConnection Connection => _connection ?? throw NotOpen();

    public DbTransaction Transaction => _transaction ?? throw NotOpen();

    DbTransaction? IDbSession.Transaction => Transaction;

    /// <summary>The instant of this write, stamped on every row it touches.</summary>
    public DateTimeOffset Now { get; private set; }

    /// <summary>Who writes: the token's subject, or whom a job outside the request writes for.</summary>
    public string By => onBehalfOf ?? user.Subject;

    /// <summary>A new row id, ascending in this engine's order (see <see cref="SequentialIds"/>).</summary>
    public Guid NewId() => SequentialIds.Next(Dialect.Provider);

    /// <summary>The UTC date of <see cref="Now"/>.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    /// <summary>Whether the command's pipeline has completed: the work is done and waits for <see cref="CommitAsync"/>.</summary>
    public bool IsComplete { get; private set; }

    private ModuleDatabase Database => _database ?? throw NotOpen();

    /// <summary>Opens the connection and the write transaction (IMMEDIATE on SQLite, so concurrent writers queue instead of failing).</summary>
    public async Task BeginAsync(ModuleDatabase database, CancellationToken cancellationToken)
    {
        if (_database is not null)
        {
            throw new InvalidOperationException("A write session serves one command; this one is already open.");
        }

        database.EnsureWritable();
        _database = database;
        _connection = await database.OpenAsync(cancellationToken);
        // SQLite: BEGIN IMMEDIATE takes the write lock up front, so a read-then-write cannot fail half way with SQLITE_BUSY.
        _transaction = _connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: false)
            : await _connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
        Now = clock.GetUtcNow();
    }

    public CommandDefinition Command(string sql, object? parameters, CancellationToken cancellationToken) =>
        new(sql, parameters, Transaction, Database.CommandTimeoutSeconds, cancellationToken: cancellationToken);

    /// <summary>Runs a change; a command whose changes record no audit entry fails instead of committing.</summary>
    public Task<int> ExecuteAsync(string sql, object? parameters, CancellationToken cancellationToken)
    {
        _changes++;
        return Connection.ExecuteAsync(Command(sql, parameters, cancellationToken));
    }

    /// <summary>
    /// Writes one of the platform's own records in this transaction (an audit entry, an outbox event, a processed-event
    /// mark, a stored response): bookkeeping about the change, so it neither needs nor counts as an audited change.
    /// </summary>
    internal Task<int> ExecuteRecordAsync(string sql, object? parameters, CancellationToken cancellationToken) =>
        Connection.ExecuteAsync(Command(sql, parameters, cancellationToken));

    /// <summary>
    /// Runs an UPDATE conditioned on <c>version = @Version</c>: the caller's If-Match must name <paramref name="currentVersion"/>
    /// (when it names one), and a row changed meanwhile by someone else is a 412, not a lost update.
    /// </summary>
    public async Task UpdateVersionedAsync(string sql, object parameters, int currentVersion, int? expectedVersion, CancellationToken cancellationToken)
    {
        ConcurrencyCheck.EnsureExpected(expectedVersion, currentVersion);
        if (await ExecuteAsync(sql, parameters, cancellationToken) == 0)
        {
            throw new PreconditionFailedException(currentVersion);
        }
    }

    /// <summary>
    /// Records in the audit trail the change of a resource from <paramref name="before"/> (null on creation) to
    /// <paramref name="after"/>; the caller's <paramref name="reason"/>, when given, is kept as a change of "reason".
    /// </summary>
    public Task RecordAsync<T>(string entityType, Guid entityId, string action, T? before, T after, CancellationToken cancellationToken, string? reason = null)
        where T : class
    {
        var changes = audit.Diff(before, after);
        return RecordChangesAsync(entityType, entityId, action, string.IsNullOrWhiteSpace(reason) ? changes : [.. changes, new AuditChange("reason", null, reason)], cancellationToken);
    }

    /// <summary>Records the removal of a resource: every field it had, with no value after.</summary>
    public Task RecordDeletionAsync<T>(string entityType, Guid entityId, T before, CancellationToken cancellationToken)
        where T : class =>
        RecordChangesAsync(entityType, entityId, "delete", [.. audit.Diff(null, before).Select(c => new AuditChange(c.Field, c.New, null))], cancellationToken);

    /// <summary>
    /// Runs a DELETE conditioned on <c>version = @Version</c>, as <see cref="UpdateVersionedAsync"/> does for changes.
    /// </summary>
    public Task DeleteVersionedAsync(string sql, object parameters, int currentVersion, int? expectedVersion, CancellationToken cancellationToken) =>
        UpdateVersionedAsync(sql, parameters, currentVersion, expectedVersion, cancellationToken);

    public Task RecordChangesAsync(string entityType, Guid entityId, string action, IReadOnlyList<AuditChange> changes, CancellationToken cancellationToken)
    {
        _audited++;
        return audit.RecordChangesAsync(this, entityType, entityId, action, changes, cancellationToken);
    }

    /// <summary>Adds an integration event to the module's outbox: it is delivered only if this write commits.</summary>
    public Task PublishAsync(IIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        OutboxWriter.AddAsync(this, integrationEvent, cancellationToken);

    /// <summary>
    /// For the idempotency filter: the pipeline completes the work without committing it, so that the filter can add the
    /// stored response and then commit both together.
    /// </summary>
    public void HoldCommitForRequest() => _commitHeld = true;

    /// <summary>The pipeline's end of a command: checks that its changes were audited, then commits unless the commit is held.</summary>
    public Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_changes > 0 && _audited == 0)
        {
            throw new InvalidOperationException($"A command changed {Schema} without recording an audit entry; every write is audited.");
        }

        IsComplete = true;
        return _commitHeld ? Task.CompletedTask : CommitAsync(cancellationToken);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        // The file may have gone since the session opened it; a commit into a removed file would confirm a lost write.
        Database.EnsureInPlace(Connection);
        await Transaction.CommitAsync(cancellationToken);
        _committed = true;
    }

    /// <summary>Rolls back unless committed, and returns the connection to the pool; safe to call more than once.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
            _transaction = null;
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }
    }

    private InvalidOperationException NotOpen() => new(_committed
        ? "This write session has committed; a command has one unit of work."
        : "No write session is open: commands get theirs from UnitOfWorkBehavior, background work from WriteSessions.BeginAsync.");
}
