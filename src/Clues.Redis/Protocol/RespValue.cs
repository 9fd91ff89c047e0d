using System.Globalization;
using System.Text;

namespace Clues.Redis.Protocol;

/// <summary>One parsed reply. RESP2 types are what we ask for; RESP3 types are parsed so a server that answers in
/// RESP3 (HELLO 3 by a proxy, say) cannot desynchronise the stream.</summary>
internal sealed class RespValue
{
    private static readonly RespValue NullValue = new(RespKind.Null, null, 0, null);

    private RespValue(RespKind kind, byte[]? bytes, long integer, IReadOnlyList<RespValue>? items)
    {
        Kind = kind;
        Bytes = bytes;
        Integer = integer;
        Items = items;
    }

    public RespKind Kind { get; }

    /// <summary>Payload of string-like kinds (simple, bulk, verbatim, error, double, big number).</summary>
    public byte[]? Bytes { get; }

    public long Integer { get; }

    /// <summary>Elements of arrays, sets, pushes; a map's keys and values alternate.</summary>
    public IReadOnlyList<RespValue>? Items { get; }

    public bool IsNull => Kind == RespKind.Null;

    public bool IsError => Kind == RespKind.Error;

    public static RespValue Null => NullValue;

    public static RespValue FromBytes(RespKind kind, byte[] bytes) => new(kind, bytes, 0, null);

    public static RespValue FromInteger(RespKind kind, long value) => new(kind, null, value, null);

    public static RespValue FromItems(RespKind kind, IReadOnlyList<RespValue> items) => new(kind, null, 0, items);

    /// <summary>The payload as UTF-8 text; integers print in invariant culture.</summary>
    public string? AsString() => Kind switch
    {
        RespKind.Null => null,
        RespKind.Integer or RespKind.Boolean => Integer.ToString(CultureInfo.InvariantCulture),
        _ when Bytes is not null => Encoding.UTF8.GetString(Bytes),
        _ => throw new InvalidOperationException($"A Redis {Kind} reply has no text."),
    };

    /// <summary>The reply as a 64-bit integer, accepting integer replies and bulk strings that hold one (HGET of a
    /// number).</summary>
    public long AsInt64()
    {
        if (Kind is RespKind.Integer or RespKind.Boolean)
        {
            return Integer;
        }

        var text = AsString();
        if (text is not null && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        throw new FormatException($"Expected an integer reply from Redis, got {Kind} '{text}'.");
    }

    public override string ToString() => Kind switch
    {
        RespKind.Null => "(nil)",
        RespKind.Array or RespKind.Set or RespKind.Map or RespKind.Push => $"{Kind}[{Items!.Count}]",
        _ => $"{Kind} {AsString()}",
    };
}
