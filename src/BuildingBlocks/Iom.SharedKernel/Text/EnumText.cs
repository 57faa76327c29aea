using System.Collections.Concurrent;
using System.Text.Json;

namespace Iom.SharedKernel.Text;

/// <summary>Enums travel as camelCase text, in JSON and in the database alike.</summary>
public static class EnumText
{
    private static readonly ConcurrentDictionary<Enum, string> Cache = new();

    public static string ToText(this Enum value) =>
        Cache.GetOrAdd(value, v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()));

    public static TEnum Parse<TEnum>(string text)
        where TEnum : struct, Enum => Enum.Parse<TEnum>(text, ignoreCase: true);
}
