using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Iom.Modules.GoverningBodies.Symbols;

/// <summary>
/// An IOM official document symbol, parsed by the grammar in docs/adr/0006-document-symbol-grammar.md:
/// <c>series "/" [ "Sp/" ] session "/" [ component "/" ] number { "/" modifier }</c>, for example
/// <c>C/115/4/Rev.2</c>, <c>C/Sp/7/L/1</c>, <c>C/115/RES/1412</c>, <c>S/34/5</c>, <c>MC/INF/293</c>.
/// </summary>
internal sealed partial record DocumentSymbol(
    string Series,
    bool Special,
    int? Session,
    string? Component,
    int Number,
    int? Addendum,
    int? Revision,
    int? Corrigendum)
{
    public const int MaxLength = 60;

    /// <summary>The symbol as it sorts: by number in each component, so that C/115/4 comes before C/115/10 (every digit run zero-padded to ten).</summary>
    public static string SortKey(string symbol) => DigitRun().Replace(symbol, m => m.Value.PadLeft(10, '0'));

    private static readonly string[] Components = ["L", "INF", "RES", "CRP"];

    /// <summary>The session part shared by the session's documents (<c>C/115</c>, <c>C/Sp/7</c>), if any.</summary>
    public string? SessionPrefix => Session is null ? null : Prefix(Series, Special, Session.Value);

    /// <summary>The symbol without Rev. and Corr.: every revision of one document shares it.</summary>
    public string ChainSymbol => Format(Addendum, null, null);

    /// <summary>For an addendum, the document it adds to (<c>C/115/4</c> for <c>C/115/4/Add.1/Rev.1</c>); otherwise null.</summary>
    public string? AddsTo => Addendum is null ? null : Format(null, null, null);

    /// <summary>The symbol without Corr.: what a corrigendum corrects.</summary>
    public string CorrectedSymbol => Format(Addendum, Revision, null);

    public override string ToString() => Format(Addendum, Revision, Corrigendum);

    public static string Prefix(string series, bool special, int session) =>
        special ? $"{series}/Sp/{session.ToString(CultureInfo.InvariantCulture)}" : $"{series}/{session.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Parses a symbol its validator has accepted; anything else is a 400 on <c>symbol</c>.</summary>
    public static DocumentSymbol Parse(string? text) =>
        TryParse(text, out var symbol, out var error) ? symbol! : throw Iom.SharedKernel.Errors.Invalid.Field("symbol", error);

    public static bool TryParse(string? text, out DocumentSymbol? symbol, out string error)
    {
        symbol = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "A symbol is required.";
            return false;
        }

        if (text.Length > MaxLength)
        {
            error = $"A symbol has at most {MaxLength} characters.";
            return false;
        }

        var parts = new Queue<string>(text.Split('/', StringSplitOptions.TrimEntries));
        if (!TryParseSeriesAndSession(parts, out var series, out var special, out var session, out error))
        {
            return false;
        }

        string? component = null;
        if (parts.Count > 0 && Components.Contains(parts.Peek().ToUpperInvariant()))
        {
            component = parts.Dequeue().ToUpperInvariant();
        }

        if (parts.Count == 0 || !TryParseNumber(parts.Dequeue(), 99999, out var number))
        {
            error = component is null
                ? "Expected a document number (or L, INF, RES, CRP and a number) after the session."
                : $"Expected a document number after {component}.";
            return false;
        }

        if (!TryParseModifiers(parts, out var addendum, out var revision, out var corrigendum, out error))
        {
            return false;
        }

        symbol = new DocumentSymbol(series, special, session, component, number, addendum, revision, corrigendum);
        return true;
    }

    /// <summary>Parses a session prefix such as <c>C/115</c>, <c>C/Sp/7</c> or <c>S/34</c>.</summary>
    public static bool TryParsePrefix(string? text, out string? prefix, out string error)
    {
        prefix = null;
        var parts = new Queue<string>((text ?? string.Empty).Split('/', StringSplitOptions.TrimEntries));
        if (!TryParseSeriesAndSession(parts, out var series, out var special, out var session, out error))
        {
            return false;
        }

        if (session is null || parts.Count > 0)
        {
            error = "A session prefix is a series and a session number only, such as C/115, C/Sp/7 or S/34.";
            return false;
        }

        prefix = Prefix(series, special, session.Value);
        return true;
    }

    private static bool TryParseSeriesAndSession(Queue<string> parts, out string series, out bool special, out int? session, out string error)
    {
        series = parts.Count > 0 ? parts.Dequeue().ToUpperInvariant() : string.Empty;
        special = false;
        session = null;
        error = string.Empty;
        switch (series)
        {
            case "MC":
                return true;
            case "C" or "S":
                if (series == "C" && parts.Count > 0 && parts.Peek().Equals("Sp", StringComparison.OrdinalIgnoreCase))
                {
                    parts.Dequeue();
                    special = true;
                }

                if (parts.Count == 0 || !TryParseNumber(parts.Dequeue(), 999, out var number))
                {
                    error = $"Expected a session number after '{series}{(special ? "/Sp" : string.Empty)}/'.";
                    return false;
                }

                session = number;
                return true;
            default:
                error = "A symbol starts with C (Council), S (Standing Committee on Programmes and Finance) or MC (pre-2014 Council and information series).";
                return false;
        }
    }

    private static bool TryParseModifiers(Queue<string> parts, out int? addendum, out int? revision, out int? corrigendum, out string error)
    {
        addendum = revision = corrigendum = null;
        var rank = 0;
        while (parts.Count > 0)
        {
            var part = parts.Dequeue();
            var match = ModifierPattern().Match(part);
            if (!match.Success)
            {
                error = $"'{part}' is not a modifier; expected Add.n, Rev.n or Corr.n.";
                return false;
            }

            var kind = match.Groups["kind"].Value.ToUpperInvariant();
            var kindRank = kind switch { "ADD" => 1, "REV" => 2, _ => 3 };
            if (kindRank <= rank)
            {
                error = "Modifiers appear at most once each, in the order Add., Rev., Corr.";
                return false;
            }

            rank = kindRank;
            if (!TryParseNumber(match.Groups["n"].Value, 99, out var n))
            {
                error = $"'{part}' needs a number from 1 to 99.";
                return false;
            }

            _ = kindRank switch { 1 => addendum = n, 2 => revision = n, _ => corrigendum = n };
        }

        error = string.Empty;
        return true;
    }

    private static bool TryParseNumber(string text, int max, out int number) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number >= 1 && number <= max
        && !text.StartsWith('0');

    private string Format(int? addendum, int? revision, int? corrigendum)
    {
        var builder = new StringBuilder(Series);
        if (Session is not null)
        {
            builder.Append(CultureInfo.InvariantCulture, $"/{(Special ? "Sp/" : string.Empty)}{Session}");
        }

        if (Component is not null)
        {
            builder.Append('/').Append(Component);
        }

        builder.Append(CultureInfo.InvariantCulture, $"/{Number}");
        if (addendum is not null)
        {
            builder.Append(CultureInfo.InvariantCulture, $"/Add.{addendum}");
        }

        if (revision is not null)
        {
            builder.Append(CultureInfo.InvariantCulture, $"/Rev.{revision}");
        }

        if (corrigendum is not null)
        {
            builder.Append(CultureInfo.InvariantCulture, $"/Corr.{corrigendum}");
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^(?<kind>Add|Rev|Corr)\.?\s*(?<n>\d+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ModifierPattern();

    [GeneratedRegex("[0-9]+")]
    private static partial Regex DigitRun();
}
