using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Iom.SharedKernel.Data;

/// <summary>
/// Connections to one module's schema. On SQL Server that is a schema of the shared database; on SQLite a file
/// of its own, attached under the schema name so that the same schema-qualified SQL runs on both engines.
/// </summary>
public partial class ModuleDatabase
{
    private static readonly ConditionalWeakTable<sqlite3, object> InitializedSqliteHandles = new();
    private readonly string _connectionString;
    private readonly string _attachSql = string.Empty;

    public ModuleDatabase(string schema, DatabaseOptions options)
    {
        Schema = schema;
        Options = options;
        Dialect = SqlDialect.For(options.Provider);
        if (options.Provider == DatabaseProvider.SqlServer)
        {
            // Every statement, and every wait for a connection, ends within the configured timeout.
            _connectionString = new SqlConnectionStringBuilder(options.SqlServerConnectionString
                ?? throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:SqlServer is not set."))
            {
                CommandTimeout = options.CommandTimeoutSeconds,
                ConnectTimeout = Math.Min(options.CommandTimeoutSeconds, 15),
            }.ConnectionString;
            return;
        }

        SqliteFilePath = Path.GetFullPath(Path.Combine(options.SqliteDirectory, schema + ".db"));

        // Microsoft.Data.Sqlite pools file connections only (":memory:" would open, and ATTACH, afresh on every request),
        // so the main database is a small empty file of the module's own; its data file is attached under the schema name.
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(Path.Combine(options.SqliteDirectory, schema + ".main.db")),
            Pooling = true,
            DefaultTimeout = options.CommandTimeoutSeconds,
        }.ToString();
        // The path is ours (configuration + a fixed schema name), quoted as a SQL literal; ATTACH takes no parameters for names.
        // No native busy_timeout: Microsoft.Data.Sqlite retries a busy database itself until the command's timeout, which
        // a caller can shorten (the readiness probe does).
        _attachSql = $"""
            ATTACH DATABASE '{SqliteFilePath.Replace("'", "''", StringComparison.Ordinal)}' AS {schema};
            PRAGMA {schema}.synchronous = NORMAL;
            PRAGMA foreign_keys = ON;
            """;
    }

    public string Schema { get; }

    public DatabaseOptions Options { get; }

    public SqlDialect Dialect { get; }

    /// <summary>The module's SQLite file, or null on SQL Server.</summary>
    public string? SqliteFilePath { get; }

    public int CommandTimeoutSeconds => Options.CommandTimeoutSeconds;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        ThrowIfLost();
        DbConnection connection = Dialect.Provider == DatabaseProvider.SqlServer
            ? new SqlConnection(_connectionString)
            : new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (connection is SqliteConnection sqlite)
            {
                AttachOnce(sqlite);
                EnsureInPlace(sqlite);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Opens a session for a query: a pooled connection, no transaction.</summary>
    public async Task<ReadSession> ReadAsync(CancellationToken cancellationToken) => new(await OpenAsync(cancellationToken), this);

    /// <summary>A command definition with this database's timeout and the caller's cancellation token.</summary>
    public Dapper.CommandDefinition Command(string sql, object? parameters, CancellationToken cancellationToken) =>
        new(sql, parameters, commandTimeout: CommandTimeoutSeconds, cancellationToken: cancellationToken);

    // Pooled SQLite connections keep their native handle, and with it the ATTACH; attach only on a fresh handle.
    private void AttachOnce(SqliteConnection connection)
    {
        var handle = connection.Handle!;
        if (InitializedSqliteHandles.TryGetValue(handle, out _))
        {
            return;
        }

        // ATTACH creates a missing file: an empty one, without the module's tables, would take writes a restore then loses.
        if (!File.Exists(SqliteFilePath))
        {
            MissingFile(connection);
        }

        using var command = connection.CreateCommand();
        command.CommandText = _attachSql;
        command.ExecuteNonQuery();
        InitializedSqliteHandles.AddOrUpdate(handle, this);
        _attached = true;
    }
}
