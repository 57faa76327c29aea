using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Iom.SharedKernel.Errors;

namespace Iom.Api.Host.Http;

/// <summary>The outbox view's opaque cursor: the module and sequence of the last event of a page.</summary>
internal static class OutboxCursor
{
    public static string After(OutboxMessage last) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{last.Module}:{last.Sequence.ToString(CultureInfo.InvariantCulture)}"));

    public static (string Module, long Sequence) Read(string? cursor)
    {
        if (cursor is null)
        {
            return (string.Empty, 0);
        }

        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split(':');
            return parts.Length == 2 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
                ? (parts[0], sequence)
                : throw new FormatException();
        }
        catch (FormatException)
        {
            throw Invalid.Field("cursor", "The cursor is not one this list issued.");
        }
    }
}
