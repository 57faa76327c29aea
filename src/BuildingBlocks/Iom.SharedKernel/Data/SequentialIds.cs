using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Iom.SharedKernel.Data;

/// <summary>
/// New row ids that ascend in the order the engine sorts them, so that a clustered primary key grows at its end instead
/// of splitting pages at random. SQLite compares the upper-case text: a UUID version 7, whose text starts with the
/// time. SQL Server compares a <c>uniqueidentifier</c> by its last six bytes first, then bytes 8–9, then the rest: a
/// UUID version 8 (RFC 9562's custom layout) with the Unix time in milliseconds in bytes 10–15, a sequence within the
/// millisecond in bytes 8–9 (after the variant bits) and 60 random bits in bytes 0–7. See docs/adr/0022.
/// </summary>
public static class SequentialIds
{
    private const int SequenceBits = 14;
    private static readonly Lock Gate = new();
    private static long _lastMillisecond;
    private static int _sequence;

    public static Guid Next(DatabaseProvider provider) =>
        provider == DatabaseProvider.SqlServer ? NextForSqlServer(DateTimeOffset.UtcNow) : Guid.CreateVersion7();

    /// <summary>An id ordered for SQL Server, made at <paramref name="now"/> (never before the previous one made here).</summary>
    public static Guid NextForSqlServer(DateTimeOffset now)
    {
        long millisecond;
        int sequence;
        lock (Gate)
        {
            millisecond = Math.Max(now.ToUnixTimeMilliseconds(), _lastMillisecond);
            if (millisecond == _lastMillisecond)
            {
                _sequence++;
                if (_sequence >= 1 << SequenceBits)
                {
                    millisecond++;
                    _sequence = StartOfMillisecond();
                }
            }
            else
            {
                _sequence = StartOfMillisecond();
            }

            _lastMillisecond = millisecond;
            sequence = _sequence;
        }

        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes[..8]);
        bytes[7] = (byte)(0x80 | (bytes[7] & 0x0F));
        BinaryPrimitives.WriteUInt16BigEndian(bytes[8..10], (ushort)(0x8000 | sequence));
        Span<byte> time = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(time, millisecond);
        time[2..].CopyTo(bytes[10..]);
        return new Guid(bytes);
    }

    // A random start in the lower half leaves room to count up, and makes two hosts' ids in one millisecond differ early.
    private static int StartOfMillisecond() => RandomNumberGenerator.GetInt32(1 << (SequenceBits - 1));
}
