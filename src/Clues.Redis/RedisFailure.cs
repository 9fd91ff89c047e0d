namespace Clues.Redis;

/// <summary>Why a Redis command failed; lets callers tell "Redis is down, use the store" from a bug.</summary>
public enum RedisFailure
{
    /// <summary>The client has no live connection (the server is down or was lost); the command was not sent and the
    /// client keeps reconnecting in the background.</summary>
    Unavailable,

    /// <summary>The connection broke while the command was in flight; it may or may not have run.</summary>
    ConnectionLost,

    /// <summary>No reply arrived within the command timeout (<c>asyncTimeout</c> in <c>Redis:Configuration</c>).</summary>
    Timeout,

    /// <summary>The server answered with an error reply (wrong type, out of memory, no permission, ...).</summary>
    ServerError,

    /// <summary>The server refused the user or password given in <c>Redis:Configuration</c>.</summary>
    Authentication,

    /// <summary>The server sent bytes that are not valid RESP; the connection is dropped and re-established.</summary>
    Protocol,
}
