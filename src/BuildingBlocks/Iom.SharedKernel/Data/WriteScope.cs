using System.Data.Common;
using Dapper;
using Iom.SharedKernel.Errors;

namespace Iom.SharedKernel.Data;

/// <summary>One connection and one transaction for a write; disposed without <see cref="CommitAsync"/> it rolls back.</summary>
public sealed class WriteScope(DbConnection connection, DbTransaction transaction, int commandTimeoutSeconds, string schema, RequestTransaction? owner = null)
    : IAsyncDisposable
{
    /// <summary>The schema of the module this write belongs to.</summary>
    public string Schema { get; } = schema;

    public DbConnection Connection { get; } = connection;

    public DbTransaction Transaction { get; } = transaction;

    public CommandDefinition Command(string sql, object? parameters, CancellationToken cancellationToken) =>
        new(sql, parameters, Transaction, commandTimeoutSeconds, cancellationToken: cancellationToken);

    public Task<int> ExecuteAsync(string sql, object? parameters, CancellationToken cancellationToken) =>
        Connection.ExecuteAsync(Command(sql, parameters, cancellationToken));

    public Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object? parameters, CancellationToken cancellationToken) =>
        Connection.QuerySingleOrDefaultAsync<T>(Command(sql, parameters, cancellationToken));

    public Task<IEnumerable<T>> QueryAsync<T>(string sql, object? parameters, CancellationToken cancellationToken) =>
        Connection.QueryAsync<T>(Command(sql, parameters, cancellationToken));

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

    /// <summary>Commits; inside a <see cref="RequestTransaction"/>, only marks the work ready for its owner to commit.</summary>
    public Task CommitAsync(CancellationToken cancellationToken)
    {
        if (owner is null)
        {
            return Transaction.CommitAsync(cancellationToken);
        }

        owner.CommitRequested = true;
        return Task.CompletedTask;
    }

    /// <summary>Commits for real: for the owner of a <see cref="RequestTransaction"/>.</summary>
    public Task CommitOwnedAsync(CancellationToken cancellationToken) => Transaction.CommitAsync(cancellationToken);

    /// <summary>Rolls back unless committed; inside a <see cref="RequestTransaction"/> its owner disposes it instead.</summary>
    public ValueTask DisposeAsync() => owner is null ? DisposeOwnedAsync() : ValueTask.CompletedTask;

    public async ValueTask DisposeOwnedAsync()
    {
        await Transaction.DisposeAsync();
        await Connection.DisposeAsync();
    }
}
