using Iom.Api.Host;
using Iom.Api.Tests.Sql;
using Microsoft.SqlServer.Dac.Model;

namespace Iom.Api.SqlServerModel.Tests;

/// <summary>
/// Every statement a module sends, compiled by SQL Server's own model (DacFx) against the schema its migrations leave:
/// a misspelt column or table, or a statement only SQLite understands, fails here although no SQL Server runs.
/// </summary>
public sealed class StatementModelTests
{
    private static readonly Lazy<(IReadOnlyList<(string Module, string Name, string Sql)> Statements, ILookup<string, string> Problems)> Validated = new(Validate);

    private static IEnumerable<TestCaseData> Statements() =>
        AllStatements().Select((s, i) => new TestCaseData(i).SetArgDisplayNames($"{s.Module}.{s.Name}"));

    [TestCaseSource(nameof(Statements))]
    public void Statement_CompilesAgainstTheMigratedSchema(int index)
    {
        var (statements, problems) = Validated.Value;
        Assert.That(problems[$"s{index}"], Is.Empty, statements[index].Sql);
    }

    [TestCase("SELECT titel_en FROM governing_bodies.sessions WHERE id = @Id", TestName = "Planted misspelt column")]
    [TestCase("SELECT title_en FROM governing_bodies.session WHERE id = @Id", TestName = "Planted misspelt table")]
    [TestCase("SELECT title_en FROM governing_body.sessions WHERE id = @Id", TestName = "Planted misspelt schema")]
    [TestCase("SELECT title_en FROM sessions WHERE id = @Id", TestName = "Planted unqualified table")]
    [TestCase("SELECT required_scope FROM governing_bodies.idempotency_records WHERE client_key = @Key", TestName = "Planted misspelt column added by ALTER TABLE")]
    [TestCase("UPDATE donor_relations.flows SET paid_at = @Now WHERE id = @Id", TestName = "Planted misspelt column in an UPDATE")]
    public void PlantedMistakes_AreCaught(string sql)
    {
        var model = SqlServerModel.Build(SchemaScripts.Value, [("planted", sql)]);
        Assert.That(Problems(model)["s0"], Is.Not.Empty, sql);
    }

    [Test]
    public void TheMigratedSchema_HasNoProblemOfItsOwn()
    {
        var (_, problems) = Validated.Value;
        Assert.That(problems["schema"], Is.Empty);
    }

    [Test]
    public void AColumnAddedByALaterMigration_Resolves()
    {
        var model = SqlServerModel.Build(SchemaScripts.Value, [("folded", "SELECT required_scopes FROM governing_bodies.idempotency_records WHERE client_key = @Key")]);
        Assert.That(Problems(model)["s0"], Is.Empty, "ALTER TABLE … ADD is folded into the table");
    }

    [Test]
    public void APlantedIndexOnAMisspeltColumn_IsCaught()
    {
        var model = SqlServerModel.Build([.. SchemaScripts.Value, "CREATE INDEX ix_planted ON governing_bodies.sessions (titel_en);"], []);
        Assert.That(Problems(model)["schema"], Is.Not.Empty);
    }

    // A delete's referrer counts live in static arrays, not constants: they are collected too.
    [Test]
    public void TheCountsOfWhatRefersToAResource_AreAmongTheStatementsCompiled()
    {
        var names = AllStatements().Select(s => s.Name).ToList();
        Assert.That(names, Does.Contain("DeleteProjectCommandHandler.Referrers[0]").And.Contain("AppealReferrers.OfLines[0]"));
    }

    // SqlBulkCopy maps columns by name at run time, where no statement of ours names them: compile one that does.
    [Test]
    public void TheColumnsABulkLoadCopies_AreThoseOfItsTable()
    {
        var copy = typeof(Iom.Modules.MigrationData.MigrationDataModule).Assembly.GetType("Iom.Modules.MigrationData.Loading.SqlServerBatchCopy", throwOnError: true)!;
        var table = (string)copy.GetField("Table")!.GetValue(null)!;
        var columns = (string[])copy.GetField("Columns")!.GetValue(null)!;
        var sql = $"INSERT INTO {table} ({string.Join(", ", columns)}) SELECT job_id, line, indicator_key, edition_key, area, period, value, status, sex, age, origin FROM migration_data.load_staging";
        var model = SqlServerModel.Build(SchemaScripts.Value, [("bulk copy", sql)]);
        Assert.That(Problems(model)["s0"], Is.Empty, sql);
    }

    private static readonly Lazy<IReadOnlyList<string>> SchemaScripts = new(() => SqlServerModel.SchemaScripts(ModuleCatalog.All));

    private static List<(string Module, string Name, string Sql)> AllStatements() =>
        [.. ModuleCatalog.All.SelectMany(m => TSqlParsing.AllStatements(m).Select(s => (m.Schema, s.Name, s.Sql)))];

    private static (IReadOnlyList<(string, string, string)>, ILookup<string, string>) Validate()
    {
        var statements = AllStatements();
        var model = SqlServerModel.Build(SchemaScripts.Value, statements.Select(s => (s.Name, s.Sql)));
        return (statements, Problems(model));
    }

    // Unresolved references are warnings (71502) to DacFx; to us they are errors like any other.
    private static ILookup<string, string> Problems(TSqlModel model) =>
        model.Validate()
            .Where(m => m.MessageType is Microsoft.SqlServer.Dac.DacMessageType.Error || m.Number == 71502)
            .ToLookup(m => ProcedureOf(m.Message), m => m.Message);

    private static string ProcedureOf(string message)
    {
        var at = message.IndexOf($"[{SqlServerModel.ProbeSchema}].[", StringComparison.Ordinal);
        return at < 0 ? "schema" : message[(at + SqlServerModel.ProbeSchema.Length + 4)..].Split(']')[0];
    }
}
