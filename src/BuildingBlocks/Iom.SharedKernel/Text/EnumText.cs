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

    /// <summary>The member named by <paramref name="text"/> in any case; never a number, which Enum.TryParse would take.</summary>
    public static bool TryParseName<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        return !string.IsNullOrWhiteSpace(text) && !char.IsDigit(text[0]) && text[0] != '-'
            && Enum.TryParse(text, ignoreCase: true, out value) && Enum.IsDefined(value);
    }

    /// <summary>An optional filter value that its validator has already accepted.</summary>
    public static TEnum? ParseOptional<TEnum>(string? text)
        where TEnum : struct, Enum => text is null ? null : Parse<TEnum>(text);

    public static string Names<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", Enum.GetValues<TEnum>().Select(v => v.ToText()));
}
