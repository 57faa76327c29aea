using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace Iom.SharedKernel.Data;

/// <summary>
/// Lets one host at a time migrate a module, however many start together: the others wait, then find the journal
/// complete. SQL Server: an exclusive application lock of the session (<c>sp_getapplock</c>). SQLite: an exclusive
/// transaction on a lock file of the module's own beside its data file (the data file cannot be the lock: DbUp writes
/// to it through connections of its own, which would wait on the lock for ever).
/// </summary>
internal sealed class MigrationLock : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromMinutes(5);
    private readonly DbConnection _connection;

    private MigrationLock(DbConnection connection) => _connection = connection;

    public static MigrationLock Take(ModuleDatabase database) =>
        database.Dialect.Provider == DatabaseProvider.SqlServer ? TakeOnSqlServer(database) : TakeOnSqlite(database);

    public void Dispose()
    {
        // Closing ends the SQLite transaction (a rollback of nothing) and the SQL Server session, with its lock.
        _connection.Dispose();
    }

    private static MigrationLock TakeOnSqlServer(ModuleDatabase database)
    {
        var connection = new SqlConnection(database.Options.SqlServerConnectionString);
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DECLARE @result int; EXEC @result = sp_getapplock @Resource = @Resource, @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = @TimeoutMs; SELECT @result;";
            command.CommandTimeout = (int)Wait.TotalSeconds + 30;
            command.Parameters.AddWithValue("@Resource", "iom-migrate-" + database.Schema);
            command.Parameters.AddWithValue("@TimeoutMs", (int)Wait.TotalMilliseconds);
            // 0: granted at once; 1: granted after waiting; negative: timed out, cancelled, deadlock victim or error.
            if (Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) < 0)
            {
                throw new InvalidOperationException($"Another host has been migrating schema '{database.Schema}' for over {Wait.TotalMinutes} minutes; not starting.");
            }

            return new MigrationLock(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static MigrationLock TakeOnSqlite(ModuleDatabase database)
    {
        var path = Path.ChangeExtension(database.SqliteFilePath!, ".migrations.lock");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path, Pooling = false, DefaultTimeout = (int)Wait.TotalSeconds,
        }.ToString());
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // Microsoft.Data.Sqlite retries a busy lock until the command timeout: the other hosts wait here.
            command.CommandText = "BEGIN EXCLUSIVE;";
            command.ExecuteNonQuery();
            return new MigrationLock(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
