using System.Buffers;
using System.Buffers.Text;

namespace Clues.Redis.Protocol;

/// <summary>Encodes commands as RESP arrays of bulk strings (the only form servers accept from clients).</summary>
internal static class RespWriter
{
    public static void Write(IBufferWriter<byte> output, RedisCommand command)
    {
        WriteHeader(output, (byte)'*', command.Parts.Count);
        foreach (var part in command.Parts)
        {
            WriteHeader(output, (byte)'$', part.Length);
            output.Write(part.Span);
            output.Write("\r\n"u8);
        }
    }

    private static void WriteHeader(IBufferWriter<byte> output, byte prefix, long length)
    {
        var span = output.GetSpan(24);
        span[0] = prefix;
        Utf8Formatter.TryFormat(length, span[1..], out var written);
        span[1 + written] = (byte)'\r';
        span[2 + written] = (byte)'\n';
        output.Advance(written + 3);
    }
}
