using Iom.Api.Host;

namespace Iom.Api.Tests.Architecture;

public sealed class LayoutTests
{
    private static readonly IReadOnlyList<SourceFile> Everything = SourceFile.Under("src");

    private static IEnumerable<string> ModuleFolders() =>
        ModuleCatalog.All.Select(m => "src/Modules/" + m.DisplayName);

    private static IReadOnlyList<SourceFile> FilesOf(string moduleFolder) =>
        Everything.Where(f => f.Path.StartsWith(moduleFolder + "/", StringComparison.Ordinal)).ToList();

    [Test]
    public void EveryModuleOfTheCatalog_HasItsFolder() =>
        Assert.That(ModuleFolders().Where(f => FilesOf(f).Count == 0), Is.Empty);

    [Test]
    public void NoHandWrittenFile_PassesTheLimit() =>
        Assert.That(LayoutRules.FilesTooLong(Everything), Is.Empty);

    [Test]
    public void Rule_FileLength_CatchesThePlantedViolation() =>
        Assert.That(LayoutRules.FilesTooLong([Planted("src/Modules/P/Long.cs", string.Concat(Enumerable.Repeat("//\n", LayoutRules.MaxLines + 1)))]), Has.Count.EqualTo(1));

    [TestCaseSource(nameof(ModuleFolders))]
    public void Module_HasOneHandlerPerFile_InItsUseCaseFolder(string module)
    {
        Assert.That(LayoutRules.FilesWithSeveralHandlers(FilesOf(module)), Is.Empty);
        Assert.That(LayoutRules.HandlersOutsideTheirUseCaseFolder(FilesOf(module)), Is.Empty);
    }

    [Test]
    public void Rule_HandlersPerFile_AndTheirFolder_CatchThePlantedViolations()
    {
        var twoInOne = Planted("src/Modules/P/Things/AddThing/AddThing.cs", """
            internal sealed class AddThingCommandHandler(WriteSession write) : ICommandHandler<AddThingCommand, Thing>;
            internal sealed class GetThingQueryHandler(ReadSession read) : IQueryHandler<GetThingQuery, Thing>;
            """);
        Assert.That(LayoutRules.FilesWithSeveralHandlers([twoInOne]), Has.Count.EqualTo(1));
        Assert.That(LayoutRules.HandlersOutsideTheirUseCaseFolder([twoInOne]), Is.EqualTo(new[] { "src/Modules/P/Things/AddThing/AddThing.cs: the handler of GetThing belongs in GetThing/GetThing.cs" }));
    }

    [TestCaseSource(nameof(ModuleFolders))]
    public void Module_KeepsEachSlicesTypesInItsFolder(string module) =>
        Assert.That(LayoutRules.SliceTypesUsedElsewhere(FilesOf(module), module), Is.Empty);

    [Test]
    public void Rule_SliceTypes_CatchesThePlantedViolation()
    {
        var files = new[]
        {
            Planted("src/Modules/P/Things/AddThing/AddThing.cs", "internal sealed record NewPart(string Name);\n"),
            Planted("src/Modules/P/Things/AddThing/AddThingEndpoint.cs", "internal static class AddThingEndpoint;\n"),
            Planted("src/Modules/P/Things/RenameThing/RenameThing.cs", "internal sealed record RenameThingCommand(NewPart Part);\n"),
            Planted("src/Modules/P/PModule.cs", "AddThingEndpoint.Map(group);\n"),
        };
        Assert.That(LayoutRules.SliceTypesUsedElsewhere(files, "src/Modules/P"), Is.EqualTo(new[]
        {
            "NewPart (declared in src/Modules/P/Things/AddThing/AddThing.cs) is used by src/Modules/P/Things/RenameThing/RenameThing.cs",
        }));
    }

    [TestCaseSource(nameof(ModuleFolders))]
    public void Module_MapsEveryEndpointOnItsOwnGroup(string module) =>
        Assert.That(LayoutRules.SubGroups(FilesOf(module)), Is.Empty);

    [Test]
    public void Rule_SubGroups_CatchesThePlantedViolation() =>
        Assert.That(LayoutRules.SubGroups([Planted("src/Modules/P/PModule.cs", "var things = group.MapGroup(\"/things\");\n")]), Has.Count.EqualTo(1));

    [TestCaseSource(nameof(ModuleFolders))]
    public void Module_SendsOnlySqlTheModelTestsSee(string module) =>
        Assert.That(LayoutRules.SqlComposedWhereItIsSent(FilesOf(module)), Is.Empty);

    [TestCase("var rows = await read.QueryAsync<Row>(Row.SelectFrom + \" WHERE x = @X\", new { X }, ct);")]
    [TestCase("var rows = await read.QueryAsync<Row>($\"{Row.SelectFrom} {filter.ToWhereClause()}\", filter.Parameters, ct);")]
    [TestCase("await write.ExecuteAsync(\"DELETE FROM p.things WHERE id = @Id\" + extra, new { Id }, ct);")]
    [TestCase("var rows = await read.QueryAsync<Row>(\n            Row.SelectFrom + \" WHERE x = @X\",\n            new { X }, ct);")]
    [TestCase("var filter = new SqlFilter().Where(\"t.kind = @Kind\", new { Kind });")]
    [TestCase("filter.Where(\"t.kind = @Kind\", new { Kind });")]
    public void Rule_SqlComposedWhereItIsSent_CatchesThePlantedViolation(string line) =>
        Assert.That(LayoutRules.SqlComposedWhereItIsSent([Planted("src/Modules/P/Things/ListThings/ListThings.cs", line + "\n")]), Has.Count.EqualTo(1));

    [TestCaseSource(nameof(ModuleFolders))]
    public void Module_MakesRowIdsInTheEnginesOrder(string module) =>
        Assert.That(LayoutRules.IdsNotInTheEnginesOrder(FilesOf(module)), Is.Empty);

    [TestCase("var id = Guid.CreateVersion7();")]
    [TestCase("var id = Guid.NewGuid();")]
    public void Rule_IdsNotInTheEnginesOrder_CatchesThePlantedViolation(string line) =>
        Assert.That(LayoutRules.IdsNotInTheEnginesOrder([Planted("src/Modules/P/Things/AddThing/AddThing.cs", line + "\n")]), Has.Count.EqualTo(1));

    [TestCaseSource(nameof(ModuleFolders))]
    public void Module_ReadsThePrimaryWhereItWrites(string module) =>
        Assert.That(LayoutRules.ReplicaReadsInWrites(FilesOf(module)), Is.Empty);

    [TestCase("internal sealed class AddThingCommandHandler(PDatabase db) : ICommandHandler<AddThingCommand, Thing>\n{ await using var read = await db.ReadAsync(cancellationToken); }")]
    [TestCase("internal sealed class ThingLoader(PDatabase db, WriteSessions sessions)\n{ await using (var read = await db.ReadAsync(ct)) { } }")]
    [TestCase("module.MapPost(\"/things\", AddAsync);\nawait using var read = await db.ReadAsync(ct);")]
    public void Rule_ReplicaReadsInWrites_CatchesThePlantedViolation(string text) =>
        Assert.That(LayoutRules.ReplicaReadsInWrites([Planted("src/Modules/P/Things/AddThing/AddThing.cs", text + "\n")]), Has.Count.EqualTo(1));

    [Test]
    public void Rule_ReplicaReadsInWrites_LeavesQueriesAndSessionReadsAlone() =>
        Assert.That(LayoutRules.ReplicaReadsInWrites([
            Planted("src/Modules/P/Things/GetThing/GetThing.cs", "class GetThingQueryHandler : IQueryHandler<GetThingQuery, Thing>\n{ await using var read = await db.ReadAsync(cancellationToken); }\n"),
            Planted("src/Modules/P/Things/AddThing/AddThing.cs", "ICommandHandler<AddThingCommand, Thing>\nvar before = await ThingRow.ReadAsync(write, id, cancellationToken);\nawait using var read = await db.ReadLatestAsync(cancellationToken);\n"),
        ]), Is.Empty);

    [TestCaseSource(nameof(ModuleFolders))]
    public void Module_ChecksReferencesInsteadOfCatchingNotFound(string module) =>
        Assert.That(LayoutRules.NotFoundCaught(FilesOf(module)), Is.Empty);

    [Test]
    public void Rule_NotFoundCaught_CatchesThePlantedViolation() =>
        Assert.That(LayoutRules.NotFoundCaught([Planted("src/Modules/P/Things/AddThing/AddThing.cs", "try { } catch (NotFoundException) { throw Invalid.Field(\"thingId\", \"No thing.\"); }\n")]), Has.Count.EqualTo(1));

    [Test]
    public void EveryModuleOperation_IsFoundFromItsIdInOneFolder()
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(SourceFile.RepositoryRoot(), "api-spec/openapi.v1.json")))!;
        var modules = ModuleCatalog.All.Select(m => m.DisplayName + "_").ToArray();
        var ids = document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(o => o.Value!["operationId"]!.GetValue<string>()))
            .Where(id => modules.Any(m => id.StartsWith(m, StringComparison.Ordinal))).ToList();
        Assert.That(ids, Has.Count.GreaterThan(100));
        Assert.That(LayoutRules.OperationsNotFoundByTheirId(ids, Everything), Is.Empty);
    }

    [Test]
    public void Rule_OperationsFoundByTheirId_CatchesThePlantedViolation()
    {
        var files = new[]
        {
            Planted("src/Modules/P/Things/AddThing/AddThingEndpoint.cs", "WithName(\"P_AddThing\")\n"),
            Planted("src/Modules/P/Things/ThingEndpoints.cs", "WithName(\"P_GetThing\")\n"),
        };
        Assert.That(LayoutRules.OperationsNotFoundByTheirId(["P_AddThing", "P_GetThing", "P_GetThingHistory"], files), Is.EqualTo(new[]
        {
            "P_GetThing: in src/Modules/P/Things/ThingEndpoints.cs, not in one <UseCase>/<UseCase>Endpoint.cs",
            "P_GetThingHistory: no P/History/GetHistory",
        }));
    }

    private static SourceFile Planted(string path, string text) => new(path, text);
}
