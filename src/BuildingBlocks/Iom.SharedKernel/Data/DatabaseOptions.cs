namespace Iom.SharedKernel.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>Bound from the <c>Database</c> section and <c>ConnectionStrings:SqlServer</c>.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public string? SqlServerConnectionString { get; set; }

    /// <summary>
    /// Optional (<c>ConnectionStrings:SqlServerReadOnly</c>): a readable secondary, or an availability group listener,
    /// that query handlers read from with <c>ApplicationIntent=ReadOnly</c>. Commands always use the primary.
    /// </summary>
    public string? SqlServerReadOnlyConnectionString { get; set; }

    /// <summary>Folder holding one SQLite file per module; relative paths are under the working directory.</summary>
    public string SqliteDirectory { get; set; } = "data";

    /// <summary>Seconds a statement may run (and, on SQLite, wait for a lock) before it fails.</summary>
    public int CommandTimeoutSeconds { get; set; } = 15;
}
