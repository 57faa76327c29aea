using System.Buffers.Text;
using System.Text;
using Iom.SharedKernel.Errors;

namespace Iom.SharedKernel.Paging;

/// <summary>
/// Pages over a list that is small by nature and already in order (a work's language versions, the reference list of
/// countries held in memory): the same <c>{items, nextCursor}</c>, <c>limit</c> and opaque cursor as a keyset list,
/// the cursor carrying the last item's key.
/// </summary>
public static class BoundedList
{
    public static Page<T> Page<T>(IReadOnlyList<T> ordered, Func<T, string> key, int? limit, string? cursor)
    {
        var take = limit ?? KeysetList<T>.DefaultLimit;
        if (take is < 1 or > KeysetList<T>.MaxLimit)
        {
            throw Invalid.Field("limit", $"limit must be between 1 and {KeysetList<T>.MaxLimit}.");
        }

        var start = 0;
        if (cursor is not null)
        {
            var after = Decode(cursor);
            var index = ordered.Select((item, i) => (item, i)).FirstOrDefault(p => key(p.item) == after, (default!, -1)).Item2;
            if (index < 0)
            {
                throw Invalid.Field("cursor", "The cursor is not one this list issued.");
            }

            start = index + 1;
        }

        var items = ordered.Skip(start).Take(take).ToList();
        var more = start + take < ordered.Count;
        return new Page<T>(items, more ? Encode(key(items[^1])) : null);
    }

    private static string Encode(string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes("after:" + key));

    private static string Decode(string cursor)
    {
        try
        {
            var decoded = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            return decoded.StartsWith("after:", StringComparison.Ordinal) ? decoded[6..] : throw new FormatException();
        }
        catch (FormatException)
        {
            throw Invalid.Field("cursor", "The cursor is not one this list issued.");
        }
    }
}
