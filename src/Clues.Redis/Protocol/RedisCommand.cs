using System.Globalization;
using System.Text;

namespace Clues.Redis.Protocol;

/// <summary>One command and its arguments, encoded as RESP bulk strings. Built fluently, then sent once.</summary>
internal sealed class RedisCommand
{
    private readonly List<ReadOnlyMemory<byte>> _arguments = [];

    public RedisCommand(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        _arguments.Add(Encoding.ASCII.GetBytes(name));
    }

    /// <summary>The command word, used in error messages (arguments are never echoed: they may be cached data).</summary>
    public string Name { get; }

    /// <summary>Command word first, then the arguments.</summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> Parts => _arguments;

    public RedisCommand Add(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _arguments.Add(Encoding.UTF8.GetBytes(value));
        return this;
    }

    public RedisCommand Add(long value)
    {
        _arguments.Add(Encoding.ASCII.GetBytes(value.ToString(CultureInfo.InvariantCulture)));
        return this;
    }

    public RedisCommand Add(ReadOnlyMemory<byte> value)
    {
        _arguments.Add(value);
        return this;
    }

    public override string ToString() => Name;
}
