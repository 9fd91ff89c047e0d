namespace Clues.Redis;

/// <summary>A Redis command failed; <see cref="Failure"/> says why and the message names the endpoint.</summary>
public sealed class RedisException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="failure">Why the command failed.</param>
    /// <param name="message">What happened, naming the endpoint and, where there is one, the fix.</param>
    /// <param name="innerException">The socket or parser error behind it, if any.</param>
    public RedisException(RedisFailure failure, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
    }

    /// <summary>Why the command failed.</summary>
    public RedisFailure Failure { get; }
}
