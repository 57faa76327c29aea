using System.Text.Json.Serialization;

namespace Iom.SharedKernel.Text;

/// <summary>Text in IOM's official languages; any may be absent, at least one is present where the field is required.</summary>
public sealed record LocalizedText(string? En = null, string? Fr = null, string? Es = null)
{
    [JsonIgnore]
    public bool HasAny => !string.IsNullOrWhiteSpace(En) || !string.IsNullOrWhiteSpace(Fr) || !string.IsNullOrWhiteSpace(Es);

    /// <summary>The text in <paramref name="language"/> (en, fr or es), or null when it is not given in that language.</summary>
    public string? In(string language) => language switch
    {
        "en" => NullIfBlank(En),
        "fr" => NullIfBlank(Fr),
        "es" => NullIfBlank(Es),
        _ => null,
    };

    public static LocalizedText? From(string? en, string? fr, string? es) =>
        en is null && fr is null && es is null ? null : new LocalizedText(en, fr, es);

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
