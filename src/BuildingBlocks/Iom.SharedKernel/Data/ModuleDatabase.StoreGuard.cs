using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Iom.SharedKernel.Data;

/// <summary>The checks that a module's SQLite file is still the one this host opened, and still writable.</summary>
public partial class ModuleDatabase
{
    private volatile string? _lostBecause;
    private volatile bool _readOnly;
    private volatile bool _attached;

    /// <summary>
    /// Why this host no longer trusts its SQLite file (it was removed or replaced while the host ran), or null. It stays
    /// set until the host restarts: connections still open on the old file would confirm writes that nobody can read.
    /// </summary>
    public string? LostBecause => _lostBecause;

    /// <summary>
    /// Throws <see cref="Errors.StoreUnavailableException"/> when the module's SQLite file is no longer the one this connection
    /// has open; called on every open and again just before a commit, so that no write is confirmed into a lost file.
    /// </summary>
    public void EnsureInPlace(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite && SqliteFileIdentity.HasMoved(sqlite, Schema))
        {
            Lose(sqlite, "file was removed or replaced while this host was running; restart the host");
        }
    }

    /// <summary>Whether the last <see cref="CheckReadOnly"/> found the file read-only; writes are refused until one finds it writable.</summary>
    public bool IsReadOnly => _readOnly;

    /// <summary>Refuses a write before it starts when the store is lost or was last found read-only.</summary>
    public void EnsureWritable()
    {
        ThrowIfLost();
        if (_readOnly)
        {
            throw new Errors.StoreUnavailableException(Schema, "file is read-only; make it writable again");
        }
    }

    /// <summary>
    /// Finds whether the module's file cannot be written (write-protected, immutable, read-only mount) and remembers
    /// it for <see cref="EnsureWritable"/>: SQLite in WAL mode would go on committing into the log of a file it can never
    /// checkpoint. Run by readiness and by a periodic check; false on SQL Server.
    /// </summary>
    public bool CheckReadOnly()
    {
        if (SqliteFilePath is null)
        {
            return false;
        }

        _readOnly = SqliteFileIdentity.IsReadOnly(SqliteFilePath);
        return _readOnly;
    }

    // A file this host has used and that is gone now was removed under it: lost until restart. One that never existed
    // (hosts started with Database:MigrateOnStart=false before the migrate command ran) is only not there yet.
    private void MissingFile(SqliteConnection connection)
    {
        if (_attached)
        {
            Lose(connection, "file is missing (removed while this host was running); restore it and restart the host");
        }

        throw new Errors.StoreUnavailableException(Schema, "file does not exist yet; run the host's migrate command (or start a host that migrates)");
    }

    private void ThrowIfLost()
    {
        if (_lostBecause is { } reason)
        {
            throw new Errors.StoreUnavailableException(Schema, reason);
        }
    }

    private void Lose(SqliteConnection connection, string reason)
    {
        _lostBecause = reason;
        SqliteConnection.ClearPool(connection);
        ThrowIfLost();
    }
}
