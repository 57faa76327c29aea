using System.Reflection;
using Iom.SharedKernel.Modules;
using Mediator;
using NetArchTest.Rules;

namespace Iom.Api.Tests.Architecture;

/// <summary>
/// The boundaries the design relies on, as functions from types to the names that break them, so that each rule can be
/// run on the real modules (must find nothing) and on <see cref="Violations"/> (must find the planted violation).
/// </summary>
internal static class ArchitectureRules
{
    /// <summary>A module shows the host its <see cref="IModule"/> and nothing else.</summary>
    public static IReadOnlyList<string> PublicTypesOtherThanTheModule(IEnumerable<Type> types) =>
        types.Where(t => (t.IsPublic || t.IsNestedPublic) && !typeof(IModule).IsAssignableFrom(t))
            .Select(t => t.FullName!).ToList();

    /// <summary>Handlers are internal, sealed and named for their role; their messages are records named Command or Query.</summary>
    public static IReadOnlyList<string> HandlerAndMessageConventionBreaks(IEnumerable<Type> types)
    {
        var breaks = new List<string>();
        foreach (var type in types.Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            var handled = type.GetInterfaces()
                .Where(i => i.IsGenericType && HandlerInterfaces.Contains(i.GetGenericTypeDefinition()))
                .Select(i => i.GetGenericArguments()[0]).ToList();
            if (handled.Count > 0 && (type.IsPublic || !type.IsSealed || !type.Name.EndsWith("Handler", StringComparison.Ordinal)))
            {
                breaks.Add($"{type.FullName}: a handler is internal, sealed and named *Handler");
            }

            if (handled.Count > 1)
            {
                breaks.Add($"{type.FullName}: a handler handles one message");
            }

            foreach (var message in handled)
            {
                var suffix = IsCommand(message) ? "Command" : "Query";
                if (!message.Name.EndsWith(suffix, StringComparison.Ordinal) || message.GetMethod("<Clone>$") is null)
                {
                    breaks.Add($"{message.FullName}: a message is a record named *{suffix}");
                }
            }
        }

        return breaks;
    }

    /// <summary>Code under <paramref name="ownNamespace"/> does not depend on any other module's namespace.</summary>
    public static IReadOnlyList<string> DependenciesOnOtherModules(Assembly assembly, string ownNamespace, IEnumerable<string> moduleNamespaces)
    {
        var others = moduleNamespaces.Where(n => n != ownNamespace).ToArray();
        if (others.Length == 0)
        {
            return [];
        }

        var result = Types.InAssembly(assembly).That().ResideInNamespace(ownNamespace).ShouldNot().HaveDependencyOnAny(others).GetResult();
        return result.IsSuccessful ? [] : result.FailingTypeNames.ToList();
    }

    /// <summary>Contracts holds what modules may see of each other: records (and their marker interfaces), no behaviour.</summary>
    public static IReadOnlyList<string> ContractsWithBehaviour(IEnumerable<Type> types)
    {
        var breaks = new List<string>();
        foreach (var type in types.Where(t => !t.IsInterface && !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false)))
        {
            if (type.GetMethod("<Clone>$") is null && !type.IsEnum)
            {
                breaks.Add($"{type.FullName}: Contracts holds records");
                continue;
            }

            var written = type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName && !m.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false));
            breaks.AddRange(written.Select(m => $"{type.FullName}.{m.Name}: a contract has no behaviour"));
        }

        return breaks;
    }

    /// <summary>The module assemblies among <paramref name="references"/>.</summary>
    public static IReadOnlyList<string> ModuleReferences(IEnumerable<AssemblyName> references, IEnumerable<Assembly> modules)
    {
        var names = modules.Select(a => a.GetName().Name).ToHashSet();
        return references.Select(a => a.Name!).Where(names.Contains).ToList();
    }

    /// <summary>References to the benchmark's baseline, which the host must never carry.</summary>
    public static IReadOnlyList<string> BenchmarkReferences(IEnumerable<AssemblyName> references) =>
        references.Select(a => a.Name!).Where(n => n.StartsWith("Iom.Bench", StringComparison.Ordinal)).ToList();

    private static readonly Type[] HandlerInterfaces =
    [
        typeof(ICommandHandler<,>), typeof(IQueryHandler<,>), typeof(IRequestHandler<,>),
    ];

    private static bool IsCommand(Type message) =>
        message.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>));
}
