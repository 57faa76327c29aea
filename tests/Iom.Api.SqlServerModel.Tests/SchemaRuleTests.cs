using Iom.Api.Host;
using Iom.Api.Tests.Sql;

namespace Iom.Api.SqlServerModel.Tests;

/// <summary>The rules DacFx does not check, on the schema every module's migrations leave and on planted breaks.</summary>
public sealed class SchemaRuleTests
{
    private static readonly Lazy<IReadOnlyList<string>> Scripts = new(() => SqlServerModel.SchemaScripts(ModuleCatalog.All));

    private static Schema Migrated => Schema.Read(Scripts.Value);

    private static Schema With(string planted) => Schema.Read([planted]);

    [Test]
    public void EveryKey_FitsSqlServersLimit() => Assert.That(SchemaRules.KeysTooWide(Migrated), Is.Empty);

    [Test]
    public void EveryForeignKey_HasAnIndex() => Assert.That(SchemaRules.ForeignKeysWithoutAnIndex(Migrated), Is.Empty);

    [Test]
    public void NoClusteredKey_IsFilledWithRandomGuids() => Assert.That(SchemaRules.ClusteredOnRandomGuids(Migrated), Is.Empty);

    [Test]
    public void EverySortOfAKeysetList_HasAnIndex()
    {
        var breaks = SchemaRules.SortsWithoutAnIndex(Migrated, ModuleCatalog.All.SelectMany(KeysetLists));
        Assert.That(breaks, Is.Empty, string.Join("\n", breaks));
    }

    [Test]
    public void Rule_SortsWithoutAnIndex_CatchesAPlantedSort()
    {
        var schema = With("CREATE TABLE planted.things (id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY, code NVARCHAR(20) NOT NULL UNIQUE, made_on DATE NOT NULL);");
        var breaks = SchemaRules.SortsWithoutAnIndex(schema, [("planted", "SELECT t.id FROM planted.things t", ["t.code", "t.made_on"])]);
        Assert.That(breaks, Is.EqualTo(new[] { "planted: sorts by planted.things.made_on, which leads no index" }));
    }

    [Test]
    public void EveryInsert_GivesAValueForEachColumn() =>
        Assert.That(SchemaRules.InsertsWithMismatchedValues(ModuleCatalog.All.SelectMany(TSqlParsing.AllStatements)), Is.Empty);

    [Test]
    public void Rule_KeysTooWide_CatchesPlantedKeys()
    {
        var schema = With("""
            CREATE TABLE planted.wide (a NVARCHAR(450) NOT NULL, b NVARCHAR(100) NOT NULL, c NVARCHAR(800) NOT NULL, CONSTRAINT pk_wide PRIMARY KEY (a, b));
            CREATE INDEX ix_wide_c ON planted.wide (c, a);
            CREATE INDEX ix_wide_b ON planted.wide (b);
            """);
        Assert.That(SchemaRules.KeysTooWide(schema), Has.Count.EqualTo(2).And.Some.Contains("pk_wide").And.Some.Contains("ix_wide_c"));
    }

    [Test]
    public void Rule_ForeignKeysWithoutAnIndex_CatchesAPlantedOne()
    {
        var schema = With("""
            CREATE TABLE planted.parent (id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY);
            CREATE TABLE planted.child (id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY, parent_id UNIQUEIDENTIFIER NOT NULL REFERENCES planted.parent (id),
                other_id UNIQUEIDENTIFIER NOT NULL, CONSTRAINT fk_other FOREIGN KEY (other_id) REFERENCES planted.parent (id));
            CREATE INDEX ix_child_other ON planted.child (other_id, id);
            """);
        Assert.That(SchemaRules.ForeignKeysWithoutAnIndex(schema), Is.EqualTo(new[] { "planted.child (parent_id) references planted.parent with no index" }));
    }

    [Test]
    public void Rule_ClusteredOnRandomGuids_CatchesAPlantedTable()
    {
        var schema = With("CREATE TABLE planted.random (id UNIQUEIDENTIFIER NOT NULL DEFAULT NEWID() PRIMARY KEY, name NVARCHAR(10) NULL);");
        Assert.That(SchemaRules.ClusteredOnRandomGuids(schema), Has.Count.EqualTo(1));
    }

    [Test]
    public void Rule_InsertsWithMismatchedValues_CatchesAPlantedInsert() =>
        Assert.That(SchemaRules.InsertsWithMismatchedValues([("planted", "INSERT INTO planted.t (a, b, c) VALUES (@A, @B)")]), Has.Count.EqualTo(1));

    private static IEnumerable<(string, string, IEnumerable<string>)> KeysetLists(Iom.SharedKernel.Modules.IModule module)
    {
        const System.Reflection.BindingFlags statics = System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic;
        foreach (var field in module.GetType().Assembly.GetTypes().SelectMany(t => t.GetFields(statics))
                     .Where(f => f.FieldType.IsGenericType && f.FieldType.GetGenericTypeDefinition() == typeof(Iom.SharedKernel.Paging.KeysetList<>)))
        {
            var rowType = field.FieldType.GetGenericArguments()[0];
            var selectFrom = (string)rowType.GetField("SelectFrom", statics)!.GetRawConstantValue()!;
            var columns = (IEnumerable<string>)field.FieldType.GetProperty("SortColumns")!.GetValue(field.GetValue(null))!;
            yield return ($"{field.DeclaringType!.Name}.{field.Name}", selectFrom, columns);
        }
    }
}
