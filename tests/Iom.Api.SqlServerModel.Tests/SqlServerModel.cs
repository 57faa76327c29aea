using System.Text.RegularExpressions;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Modules;
using Microsoft.SqlServer.Dac.Model;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Iom.Api.SqlServerModel.Tests;

/// <summary>
/// SQL Server's own semantic model of every module's schema, built from its migrations (folded into their final tables,
/// since the model takes CREATE statements only), with statements added as procedures of a schema of their own so that
/// every name in them must resolve.
/// </summary>
internal static partial class SqlServerModel
{
    public const string ProbeSchema = "probe";

    /// <summary>The CREATE statements every module's migrations leave, in DbUp's order, with ALTER TABLE … ADD and … DROP CONSTRAINT folded in.</summary>
    public static IReadOnlyList<string> SchemaScripts(IEnumerable<IModule> modules)
    {
        var scripts = new List<string>();
        foreach (var module in modules)
        {
            scripts.Add($"CREATE SCHEMA [{module.Schema}];");

            // DbUp creates its journal table itself; readiness reads it.
            scripts.Add($"CREATE TABLE [{module.Schema}].[{ModuleMigrator.JournalTable}] ([Id] INT IDENTITY(1,1) NOT NULL CONSTRAINT [PK_{ModuleMigrator.JournalTable}_Id] PRIMARY KEY, [ScriptName] NVARCHAR(255) NOT NULL, [Applied] DATETIME NOT NULL);");
            scripts.AddRange(Fold(MigrationsOf(module)));
        }

        return scripts;
    }

    public static TSqlModel Build(IEnumerable<string> schemaScripts, IEnumerable<(string Name, string Sql)> statements)
    {
        var model = new TSqlModel(SqlServerVersion.Sql160, new TSqlModelOptions());
        foreach (var script in schemaScripts)
        {
            model.AddObjects(script);
        }

        model.AddObjects($"CREATE SCHEMA [{ProbeSchema}];");
        var n = 0;
        foreach (var (_, sql) in statements)
        {
            model.AddObjects(AsProcedure($"s{n++}", sql));
        }

        return model;
    }

    /// <summary>The statement as a procedure declaring each of its parameters, so that the model resolves its names.</summary>
    public static string AsProcedure(string name, string sql)
    {
        var tsql = DapperList().Replace(sql, "IN (@$1)");
        var parameters = Parameter().Matches(tsql).Select(m => m.Value).Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(p => $"{p} sql_variant").ToList();
        return $"CREATE PROCEDURE [{ProbeSchema}].[{name}] {string.Join(", ", parameters)} AS {tsql}";
    }

    private static IEnumerable<string> MigrationsOf(IModule module)
    {
        var assembly = module.GetType().Assembly;
        var embedded = ModuleMigrator.ScriptNames(assembly, DatabaseProvider.SqlServer)
            .Select(name => (Name: name.Split(".Migrations.SqlServer.")[^1], Sql: Read(assembly, name)));
        var code = assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(PlatformTablesMigration).IsAssignableFrom(t))
            .Select(t => (PlatformTablesMigration)Activator.CreateInstance(t)!)
            .Select(m => (Name: m.Name + ".cs", Sql: m.Apply(() => null!, DatabaseProvider.SqlServer, module.Schema)!));
        return embedded.Concat(code).OrderBy(s => s.Name, StringComparer.Ordinal).Select(s => s.Sql);
    }

    private static string Read(System.Reflection.Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        return new StreamReader(stream).ReadToEnd();
    }

    // The model refuses ALTER TABLE … ADD and … DROP CONSTRAINT, and ignores DROP INDEX, DROP TABLE and data changes: apply them to the CREATE statements.
    private static IEnumerable<string> Fold(IEnumerable<string> migrations)
    {
        var tables = new Dictionary<string, CreateTableStatement>(StringComparer.OrdinalIgnoreCase);
        var objects = new List<TSqlStatement>();
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        foreach (var migration in migrations)
        {
            var script = (TSqlScript)parser.Parse(new StringReader(migration), out var errors);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException(string.Join("; ", errors.Select(e => e.Message)));
            }

            foreach (var statement in script.Batches.SelectMany(b => b.Statements))
            {
                switch (statement)
                {
                    case CreateTableStatement create:
                        tables[Name(create.SchemaObjectName)] = create;
                        objects.Add(create);
                        break;
                    case AlterTableAddTableElementStatement add:
                        var table = tables[Name(add.SchemaObjectName)];
                        foreach (var column in add.Definition.ColumnDefinitions)
                        {
                            table.Definition.ColumnDefinitions.Add(column);
                        }

                        foreach (var constraint in add.Definition.TableConstraints)
                        {
                            table.Definition.TableConstraints.Add(constraint);
                        }

                        break;
                    case AlterTableDropTableElementStatement dropElements:
                        var altered = tables[Name(dropElements.SchemaObjectName)];
                        foreach (var element in dropElements.AlterTableDropTableElements)
                        {
                            var named = element.Name.Value;
                            var constraints = altered.Definition.TableConstraints;
                            foreach (var constraint in constraints.Where(c => string.Equals(c.ConstraintIdentifier?.Value, named, StringComparison.OrdinalIgnoreCase)).ToList())
                            {
                                constraints.Remove(constraint);
                            }
                        }

                        break;
                    case DropTableStatement dropTable:
                        foreach (var name in dropTable.Objects.Select(Name))
                        {
                            tables.Remove(name);
                            objects.RemoveAll(o => o is CreateTableStatement c && Name(c.SchemaObjectName).Equals(name, StringComparison.OrdinalIgnoreCase)
                                || o is CreateIndexStatement i && Name(i.OnName).Equals(name, StringComparison.OrdinalIgnoreCase));
                        }

                        break;
                    case DropIndexStatement drop:
                        foreach (var clause in drop.DropIndexClauses.OfType<DropIndexClause>())
                        {
                            objects.RemoveAll(o => o is CreateIndexStatement index && string.Equals(index.Name.Value, clause.Index.Value, StringComparison.OrdinalIgnoreCase));
                        }

                        break;
                    case CreateIndexStatement or CreateViewStatement or CreateProcedureStatement or CreateFunctionStatement:
                        objects.Add(statement);
                        break;
                }
            }
        }

        var generator = new Sql160ScriptGenerator();
        foreach (var statement in objects)
        {
            generator.GenerateScript(statement, out var text);
            yield return text;
        }
    }

    private static string Name(SchemaObjectName name) => $"{name.SchemaIdentifier?.Value}.{name.BaseIdentifier.Value}";

    [GeneratedRegex(@"IN @(\w+)")]
    private static partial Regex DapperList();

    [GeneratedRegex(@"@\w+")]
    private static partial Regex Parameter();
}
