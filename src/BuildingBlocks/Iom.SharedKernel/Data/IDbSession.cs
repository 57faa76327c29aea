using System.Data.Common;
using Dapper;

namespace Iom.SharedKernel.Data;

/// <summary>
/// One connection to a module's schema, with the transaction of the write when it is a <see cref="WriteSession"/>.
/// Handlers and the row helpers they share run every statement through a session, never through a bare connection.
/// </summary>
public interface IDbSession
{
    /// <summary>The schema of the module the session belongs to.</summary>
    string Schema { get; }

    SqlDialect Dialect { get; }

    DbConnection Connection { get; }

    /// <summary>The write's transaction; null in a <see cref="ReadSession"/>.</summary>
    DbTransaction? Transaction { get; }

    /// <summary>A command in this session's transaction, with the database's timeout and the caller's cancellation token.</summary>
    CommandDefinition Command(string sql, object? parameters, CancellationToken cancellationToken);
}

/// <summary>Dapper's calls, run in a session.</summary>
public static class DbSessionStatements
{
    public static Task<IEnumerable<T>> QueryAsync<T>(this IDbSession session, string sql, object? parameters, CancellationToken cancellationToken) =>
        session.Connection.QueryAsync<T>(session.Command(sql, parameters, cancellationToken));

    public static Task<T?> QuerySingleOrDefaultAsync<T>(this IDbSession session, string sql, object? parameters, CancellationToken cancellationToken) =>
        session.Connection.QuerySingleOrDefaultAsync<T>(session.Command(sql, parameters, cancellationToken));

    public static Task<T?> ExecuteScalarAsync<T>(this IDbSession session, string sql, object? parameters, CancellationToken cancellationToken) =>
        session.Connection.ExecuteScalarAsync<T>(session.Command(sql, parameters, cancellationToken));

    /// <summary>Rows one at a time, for exports that stream more than fits in memory (cancel through WithCancellation).</summary>
    public static IAsyncEnumerable<T> QueryUnbufferedAsync<T>(this IDbSession session, string sql, object? parameters) =>
        session.Connection.QueryUnbufferedAsync<T>(sql, parameters, session.Transaction, session.Command(sql, parameters, default).CommandTimeout);
}
