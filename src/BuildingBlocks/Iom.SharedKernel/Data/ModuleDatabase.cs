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
    private readonly string _readConnectionString;
    private readonly string _attachSql = string.Empty;

    public ModuleDatabase(string schema, DatabaseOptions options)
    {
        Schema = schema;
        Options = options;
        Dialect = SqlDialect.For(options.Provider);
        if (options.Provider == DatabaseProvider.SqlServer)
        {
            _connectionString = SqlServerConnectionString(options.SqlServerConnectionString
                ?? throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:SqlServer is not set."), options, readOnly: false);
            // Queries go to a readable secondary when one is configured (the listener routes read-intent connections to it).
            HasReadReplica = !string.IsNullOrWhiteSpace(options.SqlServerReadOnlyConnectionString);
            _readConnectionString = HasReadReplica
                ? SqlServerConnectionString(options.SqlServerReadOnlyConnectionString!, options, readOnly: true)
                : _connectionString;
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
        // Queries get a pool of their own (a different connection string; a private cache is SQLite's default anyway) whose
        // connections refuse every write (PRAGMA query_only: SQLITE_READONLY). Not Mode=ReadOnly: a read-only handle
        // cannot set up the WAL's shared-memory index itself, and with it readiness overran 5 s under load when three
        // hosts started on one folder (SeveralHostsTests in CI).
        _readConnectionString = new SqliteConnectionStringBuilder(_connectionString) { Cache = SqliteCacheMode.Private }.ToString();
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

    /// <summary>Whether queries read from a readable secondary (SQL Server with <c>ConnectionStrings:SqlServerReadOnly</c>).</summary>
    public bool HasReadReplica { get; }

    /// <summary>What query sessions connect with (for the tests of the read side).</summary>
    internal string ReadConnectionString => _readConnectionString;

    /// <summary>A connection to the primary: for writes, and for reads that must see the last commit.</summary>
    public Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => OpenAsync(_connectionString, queryOnly: false, cancellationToken);

    /// <summary>
    /// Opens a session for a query handler: a pooled connection, no transaction, read-only (SQLite's connections refuse
    /// writes; SQL Server goes to the read replica when one is configured, which may lag the primary).
    /// </summary>
    public async Task<ReadSession> ReadAsync(CancellationToken cancellationToken) => new(await OpenAsync(_readConnectionString, queryOnly: true, cancellationToken), this);

    /// <summary>
    /// Opens a session on the primary for a read that decides a write or must see the last commit (a loader's checks,
    /// a job's lease, caches that commands use): never a replica.
    /// </summary>
    public async Task<ReadSession> ReadLatestAsync(CancellationToken cancellationToken) => new(await OpenAsync(cancellationToken), this);

    private static string SqlServerConnectionString(string connectionString, DatabaseOptions options, bool readOnly) =>
        // Every statement, and every wait for a connection, ends within the configured timeout.
        new SqlConnectionStringBuilder(connectionString)
        {
            CommandTimeout = options.CommandTimeoutSeconds,
            ConnectTimeout = Math.Min(options.CommandTimeoutSeconds, 15),
            ApplicationIntent = readOnly ? ApplicationIntent.ReadOnly : ApplicationIntent.ReadWrite,
        }.ConnectionString;

    private async Task<DbConnection> OpenAsync(string connectionString, bool queryOnly, CancellationToken cancellationToken)
    {
        ThrowIfLost();
        DbConnection connection = Dialect.Provider == DatabaseProvider.SqlServer
            ? new SqlConnection(connectionString)
            : new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (connection is SqliteConnection sqlite)
            {
                AttachOnce(sqlite, queryOnly);
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

    /// <summary>A command definition with this database's timeout and the caller's cancellation token.</summary>
    public Dapper.CommandDefinition Command(string sql, object? parameters, CancellationToken cancellationToken) =>
        new(sql, parameters, commandTimeout: CommandTimeoutSeconds, cancellationToken: cancellationToken);

    // Pooled SQLite connections keep their native handle, and with it the ATTACH; attach only on a fresh handle.
    private void AttachOnce(SqliteConnection connection, bool queryOnly)
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
        command.CommandText = queryOnly ? _attachSql + "PRAGMA query_only = ON;" : _attachSql;
        command.ExecuteNonQuery();
        InitializedSqliteHandles.AddOrUpdate(handle, this);
        _attached = true;
    }
}
