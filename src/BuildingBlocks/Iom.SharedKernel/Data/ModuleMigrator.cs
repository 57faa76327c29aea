using System.Reflection;
using DbUp;
using DbUp.Engine;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace Iom.SharedKernel.Data;

/// <summary>
/// Applies a module's forward-only scripts with DbUp, journaled in the module's own schema (SQL Server) or file
/// (SQLite), one transaction per script. Scripts are embedded under Data/Migrations/{SqlServer|Sqlite}/.
/// </summary>
public static class ModuleMigrator
{
    public const string JournalTable = "schema_versions";

    /// <summary>Applies the module's pending scripts under the module's <see cref="MigrationLock"/>, so that hosts starting together migrate once.</summary>
    public static void Migrate(ModuleDatabase database, Assembly moduleAssembly)
    {
        using var migrating = MigrationLock.Take(database);
        var result = Engine(database, moduleAssembly).PerformUpgrade();
        if (!result.Successful)
        {
            throw new InvalidOperationException(
                $"Migrating schema '{database.Schema}' failed at script '{result.ErrorScript?.Name}'.", result.Error);
        }
    }

    /// <summary>Names of the module's scripts for this engine that the journal does not list yet.</summary>
    public static IReadOnlyList<string> PendingScripts(ModuleDatabase database, Assembly moduleAssembly) =>
        Engine(database, moduleAssembly).GetScriptsToExecute().Select(s => s.Name).ToList();

    public static IReadOnlyList<string> ScriptNames(Assembly moduleAssembly, DatabaseProvider provider)
    {
        var folder = FolderMarker(provider);
        return moduleAssembly.GetManifestResourceNames()
            .Where(n => n.Contains(folder, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static UpgradeEngine Engine(ModuleDatabase database, Assembly moduleAssembly)
    {
        var folder = FolderMarker(database.Dialect.Provider);
        var builder = database.Dialect.Provider == DatabaseProvider.SqlServer
            ? SqlServerBuilder(database)
            : SqliteBuilder(database);
        builder = builder.WithScriptsEmbeddedInAssembly(moduleAssembly, name => name.Contains(folder, StringComparison.Ordinal));
        foreach (var migration in CodeMigrations(moduleAssembly))
        {
            // Named like the embedded scripts so that DbUp orders them together by number.
            builder = builder.WithScript(
                $"{moduleAssembly.GetName().Name}.Data{folder}{migration.Name}.cs",
                new CodeMigrationScript(migration, database.Dialect.Provider, database.Schema));
        }

        return builder
            .WithTransactionPerScript()
            .WithExecutionTimeout(TimeSpan.FromSeconds(Math.Max(60, database.CommandTimeoutSeconds)))
            .LogToNowhere()
            .Build();
    }

    private static IEnumerable<ICodeMigration> CodeMigrations(Assembly moduleAssembly) =>
        moduleAssembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICodeMigration).IsAssignableFrom(t))
            .Select(t => (ICodeMigration)Activator.CreateInstance(t)!)
            .OrderBy(m => m.Name, StringComparer.Ordinal);

    private static DbUp.Builder.UpgradeEngineBuilder SqlServerBuilder(ModuleDatabase database)
    {
        var connectionString = database.Options.SqlServerConnectionString!;
        EnsureSqlServerSchema(connectionString, database.Schema);
        return DeployChanges.To
            .SqlDatabase(connectionString, database.Schema)
            .JournalToSqlTable(database.Schema, JournalTable);
    }

    private static DbUp.Builder.UpgradeEngineBuilder SqliteBuilder(ModuleDatabase database)
    {
        var path = database.SqliteFilePath!;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
        using (var connection = new SqliteConnection(connectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // WAL is a property of the file: set once, every later connection uses it.
            command.CommandText = "PRAGMA journal_mode = WAL;";
            command.ExecuteNonQuery();
        }

        return DeployChanges.To.SqliteDatabase(connectionString).JournalToSqliteTable(JournalTable);
    }

    private static void EnsureSqlServerSchema(string connectionString, string schema)
    {
        using var connection = new SqlConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "IF SCHEMA_ID(@schema) IS NULL EXEC('CREATE SCHEMA ' + QUOTENAME(@schema));";
        command.Parameters.AddWithValue("@schema", schema);
        command.ExecuteNonQuery();
    }

    private static string FolderMarker(DatabaseProvider provider) =>
        provider == DatabaseProvider.SqlServer ? ".Migrations.SqlServer." : ".Migrations.Sqlite.";
}
