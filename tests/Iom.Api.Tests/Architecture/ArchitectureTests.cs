using System.Reflection;
using Iom.Api.Host;
using Iom.Api.Tests.Architecture.Violations;

namespace Iom.Api.Tests.Architecture;

public sealed class ArchitectureTests
{
    private static readonly Assembly[] ModuleAssemblies = ModuleCatalog.All.Select(m => m.GetType().Assembly).ToArray();
    private static readonly string[] ModuleNamespaces = ModuleCatalog.All.Select(m => m.GetType().Namespace!).ToArray();
    private static readonly Type[] Planted = typeof(LeakedPublicType).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(LeakedPublicType).Namespace).ToArray();

    private static IEnumerable<Assembly> Modules() => ModuleAssemblies;

    [TestCaseSource(nameof(Modules))]
    public void Module_ShowsOnlyItsModuleClass(Assembly module) =>
        Assert.That(ArchitectureRules.PublicTypesOtherThanTheModule(module.GetTypes()), Is.Empty);

    [Test]
    public void Rule_PublicTypes_CatchesThePlantedViolation() =>
        Assert.That(ArchitectureRules.PublicTypesOtherThanTheModule(Planted), Is.EqualTo(new[] { typeof(LeakedPublicType).FullName }));

    [TestCaseSource(nameof(Modules))]
    public void Module_HandlersAndMessagesFollowTheConventions(Assembly module) =>
        Assert.That(ArchitectureRules.HandlerAndMessageConventionBreaks(module.GetTypes()), Is.Empty);

    [Test]
    public void Rule_Conventions_CatchesThePlantedViolations()
    {
        var breaks = ArchitectureRules.HandlerAndMessageConventionBreaks(Planted);
        Assert.That(breaks, Has.Some.StartsWith(typeof(UnsealedHandler).FullName!).And.Some.StartsWith(typeof(MisnamedMessage).FullName!)
            .And.Some.EqualTo($"{typeof(TwoMessagesHandler).FullName}: a handler handles one message"));
    }

    [TestCaseSource(nameof(Modules))]
    public void Module_DoesNotDependOnAnotherModule(Assembly module)
    {
        var own = ModuleNamespaces.Single(n => module.GetTypes().Any(t => t.Namespace == n));
        Assert.That(ArchitectureRules.DependenciesOnOtherModules(module, own, ModuleNamespaces), Is.Empty);
    }

    [Test]
    public void Rule_ModuleDependencies_CatchesThePlantedViolation()
    {
        // The planted namespace plays a second module that reaches into Governing Bodies.
        var planted = typeof(LeakedPublicType).Namespace!;
        var failing = ArchitectureRules.DependenciesOnOtherModules(typeof(LeakedPublicType).Assembly, planted, [.. ModuleNamespaces, planted]);
        Assert.That(failing, Does.Contain(typeof(ReachesIntoAnotherModule).FullName));
    }

    [Test]
    public void Host_NeverReferencesTheBenchmarkBaseline() =>
        Assert.That(ArchitectureRules.BenchmarkReferences(typeof(Program).Assembly.GetReferencedAssemblies()), Is.Empty);

    [Test]
    public void Rule_BenchmarkReferences_CatchesThePlantedViolation() =>
        Assert.That(ArchitectureRules.BenchmarkReferences([new AssemblyName("Iom.Bench"), new AssemblyName("Dapper")]), Is.EqualTo(new[] { "Iom.Bench" }));

    [TestCaseSource(nameof(Modules))]
    public void Module_ReferencesNoOtherModuleAssembly(Assembly module) =>
        Assert.That(ArchitectureRules.ModuleReferences(module.GetReferencedAssemblies(), ModuleAssemblies), Is.Empty);

    [Test]
    public void Rule_ModuleReferences_CatchesThePlantedViolation() =>
        // This test project references every module, as a module must not reference another.
        Assert.That(ArchitectureRules.ModuleReferences(typeof(ArchitectureTests).Assembly.GetReferencedAssemblies(), ModuleAssemblies), Is.Not.Empty);

    [Test]
    public void Contracts_HoldRecordsWithoutBehaviour() =>
        Assert.That(ArchitectureRules.ContractsWithBehaviour(typeof(Iom.Contracts.IIntegrationEvent).Assembly.GetTypes()), Is.Empty);

    [Test]
    public void Rule_Contracts_CatchesThePlantedViolations() =>
        Assert.That(ArchitectureRules.ContractsWithBehaviour([typeof(ContractAsClass), typeof(ContractWithBehaviour)]), Is.EqualTo(new[]
        {
            $"{typeof(ContractAsClass).FullName}: Contracts holds records",
            $"{typeof(ContractWithBehaviour).FullName}.IsRecent: a contract has no behaviour",
        }));
}
