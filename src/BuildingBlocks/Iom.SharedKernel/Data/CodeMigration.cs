using System.Data;
using DbUp.Engine;

namespace Iom.SharedKernel.Data;

/// <summary>
/// A migration written in code, for what SQL alone does badly: loading a module's data files (code lists). It runs in
/// the module's migration order as <c>{Name}</c> among the SQL scripts of the same number range, once, journaled like them.
/// </summary>
public interface ICodeMigration
{
    /// <summary>Sorts with the SQL scripts: <c>0002_load_code_lists</c>.</summary>
    string Name { get; }

    /// <summary>Runs in the migration's transaction; every command comes from <paramref name="newCommand"/>.</summary>
    /// <returns>SQL for DbUp to run after it (split on GO for SQL Server), or null.</returns>
    string? Apply(Func<IDbCommand> newCommand, DatabaseProvider provider, string schema);
}

/// <summary>What code migrations share.</summary>
public static class CodeMigrations
{
    /// <summary>Reads every row of <paramref name="sql"/> (a query without parameters) through <paramref name="map"/>, before any write.</summary>
    public static List<T> Rows<T>(Func<IDbCommand> newCommand, string sql, Func<IDataRecord, T> map)
    {
        using var command = newCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    /// <summary>Runs <paramref name="sql"/> with <paramref name="values"/> as <c>@p0</c>, <c>@p1</c>, ...</summary>
    public static void Execute(Func<IDbCommand> newCommand, string sql, params object[] values)
    {
        using var command = newCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            parameter.Value = values[i];
            command.Parameters.Add(parameter);
        }

        command.ExecuteNonQuery();
    }
}

/// <summary>
/// The tables the shared kernel writes in every module's schema: audit entries, idempotency records, and the outbox with
/// its lease and processed events. A module adds them with one class: <c>sealed class X : PlatformTablesMigration</c>
/// named in its migration order. (Governing Bodies, the first module, has them as its own scripts 0003 to 0005.) Later
/// changes to them are further steps (<see cref="Step"/>), each a class of every module, named in its order too.
/// </summary>
public abstract class PlatformTablesMigration : ICodeMigration
{
    /// <summary>The later steps of the platform tables, in order.</summary>
    public static readonly string[] Steps = ["Retention", BoundedKeys];

    /// <summary>The step that keys idempotency records by a hash of the caller.</summary>
    public const string BoundedKeys = "BoundedKeys";

    public abstract string Name { get; }

    /// <summary>Null for the tables themselves, or one of <see cref="Steps"/>.</summary>
    protected virtual string? Step => null;

    public string? Apply(Func<IDbCommand> newCommand, DatabaseProvider provider, string schema)
    {
        if (Step == BoundedKeys && provider == DatabaseProvider.Sqlite)
        {
            // SQLite's text has no length limit: only the stored callers change, to the hash the filter now looks up.
            var callers = CodeMigrations.Rows(newCommand, "SELECT DISTINCT client_key FROM idempotency_records", r => r.GetString(0));
            foreach (var caller in callers)
            {
                CodeMigrations.Execute(newCommand, "UPDATE idempotency_records SET client_key = @p0 WHERE client_key = @p1", Idempotency.IdempotencyFilter.HashOfCaller(caller), caller);
            }

            return null;
        }

        return Script(provider, schema, Step);
    }

    /// <summary>The script for <paramref name="provider"/> in <paramref name="schema"/> (SQLite tables live in the module's own file).</summary>
    public static string Script(DatabaseProvider provider, string schema, string? step = null)
    {
        var name = (step is null ? string.Empty : step + ".") + (provider == DatabaseProvider.SqlServer ? "SqlServer" : "Sqlite");
        using var stream = typeof(PlatformTablesMigration).Assembly.GetManifestResourceStream($"Iom.SharedKernel.Data.PlatformTables.{name}.sql")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("{schema}", schema, StringComparison.Ordinal);
    }
}

internal sealed class CodeMigrationScript(ICodeMigration migration, DatabaseProvider provider, string schema) : IScript
{
    public string ProvideScript(Func<IDbCommand> dbCommandFactory) =>
        migration.Apply(dbCommandFactory, provider, schema) is { Length: > 0 } sql ? sql : "SELECT 1;";
}
