namespace Iom.SharedKernel.Data;

/// <summary>The few places where SQL Server and SQLite SQL differ; handlers ask this instead of branching.</summary>
public abstract class SqlDialect
{
    public static readonly SqlDialect Sqlite = new SqliteDialect();
    public static readonly SqlDialect SqlServer = new SqlServerDialect();

    public abstract DatabaseProvider Provider { get; }

    /// <summary>Clause placed after ORDER BY that keeps the first <paramref name="parameter"/> rows.</summary>
    public abstract string LimitClause(string parameter);

    /// <summary>
    /// Table hint that makes a read in a write hold its rows (and the range it read) until commit, so that a
    /// check-then-insert cannot race another writer. SQLite has one writer at a time: nothing to add there.
    /// </summary>
    public abstract string HoldForWrite { get; }

    public static SqlDialect For(DatabaseProvider provider) =>
        provider == DatabaseProvider.SqlServer ? SqlServer : Sqlite;

    private sealed class SqliteDialect : SqlDialect
    {
        public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

        public override string LimitClause(string parameter) => $"LIMIT {parameter}";

        public override string HoldForWrite => string.Empty;
    }

    private sealed class SqlServerDialect : SqlDialect
    {
        public override DatabaseProvider Provider => DatabaseProvider.SqlServer;

        public override string LimitClause(string parameter) => $"OFFSET 0 ROWS FETCH NEXT {parameter} ROWS ONLY";

        public override string HoldForWrite => "WITH (UPDLOCK, HOLDLOCK)";
    }
}
