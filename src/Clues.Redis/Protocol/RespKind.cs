namespace Clues.Redis.Protocol;

/// <summary>The type of a reply as the RESP prefix byte announced it.</summary>
internal enum RespKind
{
    SimpleString,
    Error,
    Integer,
    BulkString,
    Array,
    Null,
    Double,
    Boolean,
    BigNumber,
    VerbatimString,
    Map,
    Set,
    Push,
}
