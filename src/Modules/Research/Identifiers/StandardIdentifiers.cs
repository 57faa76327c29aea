using System.Text.RegularExpressions;

namespace Iom.Modules.Research.Identifiers;

/// <summary>
/// The standard identifiers of publishing, each checked by its own check digit: ISBN-13 (ISO 2108, weights 1 and 3,
/// modulo 10), ISSN (ISO 3297, weights 8 to 2, modulo 11, X for 10) and ORCID iD (ISO 7064 MOD 11-2); and the DOI's syntax
/// as Crossref recommends it. Each returns the normal form, or null when the text is not a valid identifier.
/// </summary>
internal static partial class StandardIdentifiers
{
    /// <summary>13 digits, hyphens and spaces removed, prefix 978 or 979, check digit right.</summary>
    public static string? NormalizeIsbn13(string? text)
    {
        var digits = Strip(text);
        if (digits is null || digits.Length != 13 || !digits.All(char.IsAsciiDigit) || !(digits.StartsWith("978", StringComparison.Ordinal) || digits.StartsWith("979", StringComparison.Ordinal)))
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (digits[i] - '0') * (i % 2 == 0 ? 1 : 3);
        }

        return (10 - (sum % 10)) % 10 == digits[12] - '0' ? digits : null;
    }

    /// <summary>NNNN-NNNC with C the check character (0-9 or X), in that form.</summary>
    public static string? NormalizeIssn(string? text)
    {
        var chars = Strip(text)?.ToUpperInvariant();
        if (chars is null || chars.Length != 8 || !chars[..7].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(chars[7]) || chars[7] == 'X'))
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < 7; i++)
        {
            sum += (chars[i] - '0') * (8 - i);
        }

        var check = (11 - (sum % 11)) % 11;
        var expected = check == 10 ? 'X' : (char)('0' + check);
        return chars[7] == expected ? $"{chars[..4]}-{chars[4..]}" : null;
    }

    /// <summary>0000-0002-1825-0097: four groups of four, the last character the MOD 11-2 check; an https://orcid.org/ prefix is accepted.</summary>
    public static string? NormalizeOrcid(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var bare = text.Trim();
        foreach (var prefix in new[] { "https://orcid.org/", "http://orcid.org/", "orcid.org/" })
        {
            if (bare.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                bare = bare[prefix.Length..];
            }
        }

        if (!OrcidShape().IsMatch(bare))
        {
            return null;
        }

        var chars = bare.Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        var total = 0;
        for (var i = 0; i < 15; i++)
        {
            total = (total + (chars[i] - '0')) * 2;
        }

        var result = (12 - (total % 11)) % 11;
        var expected = result == 10 ? 'X' : (char)('0' + result);
        return chars[15] == expected ? bare.ToUpperInvariant() : null;
    }

    /// <summary>A DOI name (10.prefix/suffix) in Crossref's recommended character set; a https://doi.org/ prefix is accepted.</summary>
    public static string? NormalizeDoi(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var bare = text.Trim();
        foreach (var prefix in new[] { "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "doi:" })
        {
            if (bare.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                bare = bare[prefix.Length..];
            }
        }

        return DoiShape().IsMatch(bare) ? bare : null;
    }

    private static string? Strip(string? text) =>
        text?.Trim().Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);

    [GeneratedRegex("^[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9Xx]$")]
    private static partial Regex OrcidShape();

    [GeneratedRegex("^10\\.[0-9]{4,9}/[-._;()/:A-Za-z0-9]{1,200}$")]
    private static partial Regex DoiShape();
}
