namespace Iom.Api.Host.OpenApi;

/// <summary>
/// Schema ids qualified by module (<c>GoverningBodies.SessionDetails</c>) so that two modules may both have a
/// <c>Details</c> type without colliding; generic pages read as <c>GoverningBodies.SessionSummaryPage</c>.
/// </summary>
internal static class SchemaIds
{
    public static string For(Type type)
    {
        var name = Name(type);
        var module = ModuleOf(type.IsGenericType ? type.GetGenericArguments()[0] : type);
        return module is null ? name : module + "." + name;
    }

    private static string Name(Type type)
    {
        if (!type.IsGenericType)
        {
            return type.Name;
        }

        var outer = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        return string.Concat(type.GetGenericArguments().Select(Name)) + outer;
    }

    private static string? ModuleOf(Type type)
    {
        const string prefix = "Iom.Modules.";
        var ns = type.Namespace ?? string.Empty;
        return ns.StartsWith(prefix, StringComparison.Ordinal) ? ns[prefix.Length..].Split('.')[0] : null;
    }
}
