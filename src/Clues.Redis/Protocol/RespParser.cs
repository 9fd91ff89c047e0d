using System.Buffers;
using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;

namespace Clues.Redis.Protocol;

/// <summary>Incremental RESP parser: reads one complete reply from the front of a buffer or reports that more bytes are
/// needed, never consuming a partial reply.</summary>
internal static class RespParser
{
    // Redis' own proto-max-bulk-len default; anything larger is a corrupt length, not data.
    private const long MaxBulkLength = 512L * 1024 * 1024;
    private const int MaxDepth = 64;
    private const int MaxHeaderLength = 64 * 1024;

    /// <summary>Parses one reply; on success <paramref name="buffer"/> is advanced past it.</summary>
    /// <exception cref="RedisException">The bytes are not RESP.</exception>
    public static bool TryParse(ref ReadOnlySequence<byte> buffer, [NotNullWhen(true)] out RespValue? value)
    {
        var reader = new SequenceReader<byte>(buffer);
        if (!TryRead(ref reader, 0, out value))
        {
            if (buffer.Length > MaxHeaderLength && !HasLineEnd(buffer))
            {
                throw Protocol("a reply header longer than 64 KB without CRLF");
            }

            return false;
        }

        buffer = buffer.Slice(reader.Position);
        return true;
    }

    private static bool HasLineEnd(ReadOnlySequence<byte> buffer) =>
        new SequenceReader<byte>(buffer.Slice(0, MaxHeaderLength)).TryAdvanceTo((byte)'\n');

    private static bool TryRead(ref SequenceReader<byte> reader, int depth, [NotNullWhen(true)] out RespValue? value)
    {
        value = null;
        if (depth > MaxDepth)
        {
            throw Protocol($"replies nested deeper than {MaxDepth}");
        }

        if (!reader.TryRead(out var prefix) || !reader.TryReadTo(out ReadOnlySequence<byte> line, "\r\n"u8))
        {
            return false;
        }

        switch (prefix)
        {
            case (byte)'+':
                value = RespValue.FromBytes(RespKind.SimpleString, line.ToArray());
                return true;
            case (byte)'-':
                value = RespValue.FromBytes(RespKind.Error, line.ToArray());
                return true;
            case (byte)':':
                value = RespValue.FromInteger(RespKind.Integer, ParseInteger(line));
                return true;
            case (byte)',':
                value = RespValue.FromBytes(RespKind.Double, line.ToArray());
                return true;
            case (byte)'(':
                value = RespValue.FromBytes(RespKind.BigNumber, line.ToArray());
                return true;
            case (byte)'_':
                value = RespValue.Null;
                return true;
            case (byte)'#':
                value = RespValue.FromInteger(RespKind.Boolean, line.FirstSpan.Length == 1 && line.FirstSpan[0] == (byte)'t' ? 1 : 0);
                return true;
            case (byte)'$':
                return TryReadBulk(ref reader, line, RespKind.BulkString, out value);
            case (byte)'=':
                return TryReadBulk(ref reader, line, RespKind.VerbatimString, out value);
            case (byte)'!':
                return TryReadBulk(ref reader, line, RespKind.Error, out value);
            case (byte)'*':
                return TryReadItems(ref reader, line, RespKind.Array, 1, depth, out value);
            case (byte)'~':
                return TryReadItems(ref reader, line, RespKind.Set, 1, depth, out value);
            case (byte)'>':
                return TryReadItems(ref reader, line, RespKind.Push, 1, depth, out value);
            case (byte)'%':
                return TryReadItems(ref reader, line, RespKind.Map, 2, depth, out value);
            case (byte)'|':
                // Attributes annotate the reply that follows; we have no use for them, so skip to that reply.
                return TryReadItems(ref reader, line, RespKind.Map, 2, depth, out _) && TryRead(ref reader, depth, out value);
            default:
                throw Protocol($"unknown reply type byte 0x{prefix:X2}");
        }
    }

    private static bool TryReadBulk(ref SequenceReader<byte> reader, ReadOnlySequence<byte> line, RespKind kind, [NotNullWhen(true)] out RespValue? value)
    {
        value = null;
        var length = ParseInteger(line);
        if (length == -1)
        {
            value = RespValue.Null;
            return true;
        }

        if (length is < 0 or > MaxBulkLength)
        {
            throw Protocol($"a bulk length of {length}");
        }

        if (reader.Remaining < length + 2)
        {
            return false;
        }

        var bytes = GC.AllocateUninitializedArray<byte>((int)length);
        reader.TryCopyTo(bytes);
        reader.Advance(length);
        if (!reader.IsNext("\r\n"u8, advancePast: true))
        {
            throw Protocol("a bulk string not followed by CRLF");
        }

        value = RespValue.FromBytes(kind, bytes);
        return true;
    }

    private static bool TryReadItems(ref SequenceReader<byte> reader, ReadOnlySequence<byte> line, RespKind kind, int perEntry, int depth, [NotNullWhen(true)] out RespValue? value)
    {
        value = null;
        var count = ParseInteger(line);
        if (count == -1)
        {
            value = RespValue.Null;
            return true;
        }

        // Every element takes at least 3 bytes, so a count beyond what could ever arrive is corruption.
        if (count < 0 || count > MaxBulkLength / 3)
        {
            throw Protocol($"an aggregate of {count} elements");
        }

        var total = checked((int)(count * perEntry));
        var items = new RespValue[total];
        for (var i = 0; i < total; i++)
        {
            if (!TryRead(ref reader, depth + 1, out var item))
            {
                return false;
            }

            items[i] = item;
        }

        value = RespValue.FromItems(kind, items);
        return true;
    }

    private static long ParseInteger(ReadOnlySequence<byte> line)
    {
        Span<byte> scratch = stackalloc byte[24];
        scoped ReadOnlySpan<byte> digits;
        if (line.IsSingleSegment)
        {
            digits = line.FirstSpan;
        }
        else if (line.Length <= scratch.Length)
        {
            line.CopyTo(scratch);
            digits = scratch[..(int)line.Length];
        }
        else
        {
            throw Protocol("an integer longer than 24 digits");
        }

        if (!Utf8Parser.TryParse(digits, out long value, out var used) || used != digits.Length)
        {
            throw Protocol($"'{System.Text.Encoding.ASCII.GetString(digits)}' where an integer belongs");
        }

        return value;
    }

    private static RedisException Protocol(string what) =>
        new(RedisFailure.Protocol, $"Redis sent {what}; the stream is not valid RESP, so the connection is dropped and re-established.");
}
