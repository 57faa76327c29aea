namespace Iom.SharedKernel.Paging;

/// <summary>LIKE patterns from user text, with % and _ escaped by a backslash (use with <c>ESCAPE '\'</c>).</summary>
public static class LikePattern
{
    public static string? Contains(string? text) => text is null ? null : "%" + Escape(text.Trim()) + "%";

    public static string? StartsWith(string? text) => text is null ? null : Escape(text.Trim()) + "%";

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal)
            .Replace("[", "\\[", StringComparison.Ordinal);
}
