using System.Collections.Frozen;
using nietras.SeparatedValues;

namespace Iom.SharedKernel.Text;

/// <summary>A country or area in ISO 3166-1, with its UN M49 code.</summary>
/// <param name="Alpha3">ISO 3166-1 alpha-3, the form every module answers in (KEN).</param>
/// <param name="Alpha2">ISO 3166-1 alpha-2, for the standards that use it (IATI recipient-country: KE).</param>
/// <param name="M49">UN M49 (ISO 3166-1 numeric), three digits (404).</param>
public sealed record Country(string Alpha3, string Alpha2, string M49)
{
    /// <summary>Its short name in the official languages, as the code list gives it.</summary>
    public LocalizedText Name { get; init; } = new(null, null, null);
}

/// <summary>
/// The one convention for country codes across modules: any of ISO 3166-1 alpha-2, alpha-3 (any case) or UN M49 is taken,
/// and the alpha-3 code is kept and answered. The list is Text/CodeLists/countries.csv (tools/codelists regenerates it).
/// </summary>
public static class Countries
{
    public const string Rule = "Use an ISO 3166-1 alpha-3 (KEN) or alpha-2 (KE) code, or a UN M49 code (404).";

    private static readonly FrozenDictionary<string, Country> ByCode = Load();

    /// <summary>The country <paramref name="code"/> names, in any of the three forms.</summary>
    public static bool TryFind(string? code, out Country country)
    {
        country = null!;
        var key = code?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(key))
        {
            return false;
        }

        if (key.Length is 1 or 2 && key.All(char.IsAsciiDigit))
        {
            key = key.PadLeft(3, '0');
        }

        return ByCode.TryGetValue(key, out country!);
    }

    /// <summary>The alpha-3 code of <paramref name="code"/>, or <paramref name="code"/> itself when it names no country (the validator says so).</summary>
    public static string? Canonical(string? code) => TryFind(code, out var country) ? country.Alpha3 : code;

    /// <summary>The code list, as shipped (m49, alpha3, alpha2, name_en, name_fr, name_es).</summary>
    public static Stream CodeList() =>
        typeof(Countries).Assembly.GetManifestResourceStream("Iom.SharedKernel.Text.CodeLists.countries.csv")
            ?? throw new InvalidOperationException("The country code list is not embedded.");

    private static FrozenDictionary<string, Country> Load()
    {
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).From(CodeList());
        var byCode = new Dictionary<string, Country>(StringComparer.Ordinal);
        foreach (var row in reader)
        {
            var country = new Country(row["alpha3"].ToString(), row["alpha2"].ToString(), row["m49"].ToString())
            {
                Name = new LocalizedText(row["name_en"].ToString(), row["name_fr"].ToString(), row["name_es"].ToString()),
            };
            foreach (var code in new[] { country.Alpha3, country.Alpha2, country.M49 }.Where(c => c.Length > 0))
            {
                byCode[code] = country;
            }
        }

        return byCode.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
