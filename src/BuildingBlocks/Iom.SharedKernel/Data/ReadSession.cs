using System.Data.Common;
using Dapper;

namespace Iom.SharedKernel.Data;

/// <summary>A connection for a query: no transaction, closed (back to the pool) when disposed.</summary>
public sealed class ReadSession(DbConnection connection, ModuleDatabase database) : IDbSession, IAsyncDisposable
{
    public string Schema => database.Schema;

    public SqlDialect Dialect => database.Dialect;

    public DbConnection Connection { get; } = connection;

    public DbTransaction? Transaction => null;

    public CommandDefinition Command(string sql, object? parameters, CancellationToken cancellationToken) =>
        database.Command(sql, parameters, cancellationToken);

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
