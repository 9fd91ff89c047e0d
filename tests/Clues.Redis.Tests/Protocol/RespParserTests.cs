using System.Buffers;
using System.Text;
using Clues.Redis.Protocol;

namespace Clues.Redis.Tests.Protocol;

public sealed class RespParserTests
{
    [Fact]
    public void A_reply_arriving_byte_by_byte_is_parsed_only_once_complete()
    {
        var wire = Encoding.ASCII.GetBytes("*3\r\n$5\r\nhello\r\n:42\r\n$-1\r\n");
        for (var length = 0; length < wire.Length; length++)
        {
            var partial = new ReadOnlySequence<byte>(wire, 0, length);
            Assert.False(RespParser.TryParse(ref partial, out _), $"parsed a reply from only {length} of {wire.Length} bytes");
            Assert.Equal(length, partial.Length);
        }

        var whole = new ReadOnlySequence<byte>(wire);
        Assert.True(RespParser.TryParse(ref whole, out var reply));
        Assert.Equal(0, whole.Length);
        Assert.Equal(RespKind.Array, reply.Kind);
        Assert.Equal("hello", reply.Items![0].AsString());
        Assert.Equal(42, reply.Items[1].AsInt64());
        Assert.True(reply.Items[2].IsNull);
    }

    [Fact]
    public void A_reply_split_across_buffer_segments_is_parsed_like_a_contiguous_one()
    {
        var sequence = Segments("$1", "0\r\n0123", "45678", "9\r\n+O", "K\r\n");
        Assert.True(RespParser.TryParse(ref sequence, out var bulk));
        Assert.Equal("0123456789", bulk.AsString());
        Assert.True(RespParser.TryParse(ref sequence, out var ok));
        Assert.Equal(RespKind.SimpleString, ok.Kind);
        Assert.Equal("OK", ok.AsString());
    }

    [Fact]
    public void Resp3_types_are_understood_so_a_resp3_server_cannot_desynchronise_the_stream()
    {
        var sequence = Sequence("%2\r\n+a\r\n:1\r\n+b\r\n#t\r\n~2\r\n,3.5\r\n_\r\n=8\r\ntxt:abcd\r\n|1\r\n+ttl\r\n:3\r\n(123456789012345678901\r\n!5\r\nBOOM!\r\n");
        Assert.True(RespParser.TryParse(ref sequence, out var map));
        Assert.Equal(RespKind.Map, map.Kind);
        Assert.Equal(4, map.Items!.Count);
        Assert.Equal(1, map.Items[3].AsInt64());
        Assert.True(RespParser.TryParse(ref sequence, out var set));
        Assert.Equal(RespKind.Set, set.Kind);
        Assert.Equal("3.5", set.Items![0].AsString());
        Assert.True(set.Items[1].IsNull);
        Assert.True(RespParser.TryParse(ref sequence, out var verbatim));
        Assert.Equal("txt:abcd", verbatim.AsString());
        Assert.True(RespParser.TryParse(ref sequence, out var afterAttribute));
        Assert.Equal(RespKind.BigNumber, afterAttribute.Kind);
        Assert.True(RespParser.TryParse(ref sequence, out var error));
        Assert.True(error.IsError);
        Assert.Equal("BOOM!", error.AsString());
        Assert.Equal(0, sequence.Length);
    }

    [Theory]
    [InlineData("?what\r\n")]
    [InlineData("$-7\r\n")]
    [InlineData(":12x\r\n")]
    [InlineData("$3\r\nabcXY")]
    public void Bytes_that_are_not_resp_are_a_protocol_failure(string wire)
    {
        var sequence = Sequence(wire);
        var error = Assert.Throws<RedisException>(() => RespParser.TryParse(ref sequence, out _));
        Assert.Equal(RedisFailure.Protocol, error.Failure);
    }

    [Fact]
    public void The_writer_encodes_commands_as_arrays_of_bulk_strings_that_the_parser_reads_back()
    {
        var payload = new byte[] { 0, 13, 10, 255 };
        var command = new RedisCommand("HSET").Add("键").Add(-1).Add(payload);
        var buffer = new ArrayBufferWriter<byte>();
        RespWriter.Write(buffer, command);
        Assert.StartsWith("*4\r\n$4\r\nHSET\r\n$3\r\n", Encoding.UTF8.GetString(buffer.WrittenSpan));

        var sequence = new ReadOnlySequence<byte>(buffer.WrittenMemory);
        Assert.True(RespParser.TryParse(ref sequence, out var parsed));
        var items = parsed.Items!;
        Assert.Equal(["HSET", "键", "-1"], items.Take(3).Select(i => i.AsString()));
        Assert.Equal(payload, items[3].Bytes);
    }

    private static ReadOnlySequence<byte> Sequence(string text) => new(Encoding.UTF8.GetBytes(text));

    private static ReadOnlySequence<byte> Segments(params string[] parts)
    {
        var first = new TestSegment(Encoding.ASCII.GetBytes(parts[0]), 0);
        var last = first;
        foreach (var part in parts.Skip(1))
        {
            last = last.Append(Encoding.ASCII.GetBytes(part));
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private sealed class TestSegment : ReadOnlySequenceSegment<byte>
    {
        public TestSegment(byte[] bytes, long runningIndex)
        {
            Memory = bytes;
            RunningIndex = runningIndex;
        }

        public TestSegment Append(byte[] bytes)
        {
            var next = new TestSegment(bytes, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
