using Iom.Api.Host;
using Iom.SharedKernel.Data;
using Iom.SharedKernel.Modules;

namespace Iom.Api.Tests.Sql;

/// <summary>Every T-SQL script and statement of every module, parsed by SQL Server 2022's parser and held to the module's schema.</summary>
public sealed class TSqlTests
{
    private static IEnumerable<TestCaseData> Scripts() =>
        from module in ModuleCatalog.All
        let assembly = module.GetType().Assembly
        from name in ModuleMigrator.ScriptNames(assembly, DatabaseProvider.SqlServer)
        select new TestCaseData(module, name).SetArgDisplayNames(name.Split(".Migrations.")[^1]);

    private static IEnumerable<TestCaseData> Statements() =>
        from module in ModuleCatalog.All
        from statement in TSqlParsing.AllStatements(module)
        select new TestCaseData(module, statement.Sql).SetArgDisplayNames(statement.Name);

    [TestCaseSource(nameof(Scripts))]
    public void MigrationScript_ParsesAsTSqlInTheModuleSchema(IModule module, string resource)
    {
        using var stream = module.GetType().Assembly.GetManifestResourceStream(resource)!;
        var (fragment, errors) = TSqlParsing.Parse(new StreamReader(stream).ReadToEnd());
        Assert.That(errors, Is.Empty, TSqlParsing.Describe(errors));
        Assert.That(TSqlParsing.ObjectsOutsideSchema(fragment, module.Schema), Is.Empty);
    }

    [TestCaseSource(nameof(Statements))]
    public void Statement_ParsesAsTSqlInTheModuleSchema(IModule module, string sql)
    {
        var (fragment, errors) = TSqlParsing.Parse(sql);
        Assert.That(errors, Is.Empty, TSqlParsing.Describe(errors) + "\n" + sql);
        Assert.That(TSqlParsing.ObjectsOutsideSchema(fragment, module.Schema), Is.Empty, sql);
    }

    // Reads a system catalog view, which neither a module's schema nor the SQL Server model tests (no master) hold.
    [Test]
    public void ReadinessSnapshotCheck_ParsesAsTSql_AndReadsOnlyTheCatalog()
    {
        var (fragment, errors) = TSqlParsing.Parse(Iom.Api.Host.Data.ModuleDatabasesHealthCheck.SnapshotReadsSql);
        Assert.That(errors, Is.Empty, TSqlParsing.Describe(errors));
        Assert.That(TSqlParsing.ObjectsOutsideSchema(fragment, "sys"), Is.Empty);
    }

    [Test]
    public void SchemaRule_CatchesAnotherModulesTableAndAnUnqualifiedOne()
    {
        var (fragment, errors) = TSqlParsing.Parse("SELECT s.id FROM governing_bodies.sessions s JOIN donor_relations.donors d ON d.id = s.id JOIN sessions x ON x.id = s.id");
        Assert.That(errors, Is.Empty);
        Assert.That(TSqlParsing.ObjectsOutsideSchema(fragment, "governing_bodies"), Is.EquivalentTo(new[] { "donor_relations.donors", "sessions" }));
    }

    [Test]
    public void SchemaRule_TakesADeletesAliasForItsTable_ButNotAnUnqualifiedTarget()
    {
        var (aliased, _) = TSqlParsing.Parse("DELETE b OUTPUT deleted.line FROM migration_data.load_batches b WHERE b.batch_id = @Batch");
        Assert.That(TSqlParsing.ObjectsOutsideSchema(aliased, "migration_data"), Is.Empty);
        var (unqualified, _) = TSqlParsing.Parse("DELETE load_batches OUTPUT deleted.line FROM migration_data.load_batches b WHERE b.batch_id = @Batch");
        Assert.That(TSqlParsing.ObjectsOutsideSchema(unqualified, "migration_data"), Is.EqualTo(new[] { "load_batches" }));
    }

    [Test]
    public void Parser_RejectsSqliteOnlySyntax()
    {
        var (_, errors) = TSqlParsing.Parse("SELECT id FROM governing_bodies.sessions ORDER BY id LIMIT 5");
        Assert.That(errors, Is.Not.Empty);
    }

    [TestCaseSource(nameof(Modules))]
    public void PlatformTablesScript_ParsesInEachModuleSchema(IModule module)
    {
        foreach (var step in PlatformTablesMigration.Steps.Prepend(null))
        {
            var sql = PlatformTablesMigration.Script(DatabaseProvider.SqlServer, module.Schema, step);
            var (fragment, errors) = TSqlParsing.Parse(sql);
            Assert.That(errors, Is.Empty, TSqlParsing.Describe(errors));
            Assert.That(TSqlParsing.ObjectsOutsideSchema(fragment, module.Schema), Is.Empty, step ?? "tables");
        }
    }

    [TestCaseSource(nameof(Modules))]
    public void EveryScript_ExistsForBothEngines(IModule module)
    {
        static IEnumerable<string> Names(IModule m, DatabaseProvider p) =>
            ModuleMigrator.ScriptNames(m.GetType().Assembly, p).Select(n => n.Split('.')[^2]);
        Assert.That(Names(module, DatabaseProvider.SqlServer), Is.EqualTo(Names(module, DatabaseProvider.Sqlite)));
    }

    private static IEnumerable<IModule> Modules() => ModuleCatalog.All;
}
