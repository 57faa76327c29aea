namespace Iom.SharedKernel.Text;

/// <summary>Small pieces of English grammar for messages built from names.</summary>
public static class English
{
    /// <summary>"an agenda item", "a session", "an IDM session": a or an by the first letter's sound, for vowels.</summary>
    public static string WithArticle(string noun) =>
        noun.Length > 0 && "aeiouAEIOU".Contains(noun[0], StringComparison.Ordinal) ? $"an {noun}" : $"a {noun}";

    /// <summary>The same, capitalised, to open a sentence.</summary>
    public static string WithArticleCapitalised(string noun)
    {
        var text = WithArticle(noun);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }
}
