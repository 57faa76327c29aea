using System.Globalization;

namespace Iom.SharedKernel.Text;

/// <summary>
/// A value the caller sent, quoted in an error message to a fixed length: an error report must not grow with what a
/// caller sends (a 1 MB cell quoted in each of 100 errors would be a 100 MB answer).
/// </summary>
public static class CallerValue
{
    public const int MaxQuotedLength = 40;

    /// <summary><c>'value'</c>, or its first <see cref="MaxQuotedLength"/> characters and its length: <c>'abc…' (1048576 characters)</c>.</summary>
    public static string Quote(ReadOnlySpan<char> value) =>
        value.Length <= MaxQuotedLength
            ? $"'{value}'"
            : $"'{value[..MaxQuotedLength]}…' ({value.Length.ToString(CultureInfo.InvariantCulture)} characters)";
}
