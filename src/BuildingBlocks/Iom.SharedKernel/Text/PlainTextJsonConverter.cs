using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Iom.SharedKernel.Text;

/// <summary>
/// Every text a caller sends is refused when it holds a character no field of this API means: the C0 controls but
/// tab, line feed and carriage return (NUL among them), DEL and the C1 controls, and the bidirectional embeddings,
/// overrides and isolates (U+202A–U+202E, U+2066–U+2069) with which text displays otherwise than it reads (the
/// "Trojan Source" trick, CVE-2021-42574). Added to the host's JSON options, so it holds for every body and every
/// merge patch; writing is unchanged.
/// </summary>
public sealed class PlainTextJsonConverter : JsonConverter<string>
{
    private static readonly SearchValues<char> Forbidden = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Concat(Enumerable.Range(0x7F, 0x21))
            .Concat(Enumerable.Range(0x202A, 5)).Concat(Enumerable.Range(0x2066, 4)).Select(c => (char)c)));

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return text is null || Refusal(text) is not { } refused ? text : throw refused;
    }

    /// <summary>The exception that refuses <paramref name="text"/>, or null when it holds no forbidden character.</summary>
    public static ForbiddenCharacterException? Refusal(string text)
    {
        var at = text.AsSpan().IndexOfAny(Forbidden);
        return at < 0 ? null : new ForbiddenCharacterException(text[at]);
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>A text held a character <see cref="PlainTextJsonConverter"/> refuses; <see cref="Reason"/> says which.</summary>
public sealed class ForbiddenCharacterException(char character) : JsonException(ReasonFor(character))
{
    public string Reason { get; } = ReasonFor(character);

    private static string ReasonFor(char character) =>
        $"The text holds U+{((int)character).ToString("X4", CultureInfo.InvariantCulture)}, "
        + (char.IsControl(character) ? "a control character" : "a bidirectional control character")
        + "; text may hold no control characters but tab and line breaks, and no bidirectional overrides.";
}
