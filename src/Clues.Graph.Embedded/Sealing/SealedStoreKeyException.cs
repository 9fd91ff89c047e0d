namespace Clues.Graph.Embedded.Sealing;

/// <summary>The sealed store cannot be opened or read with the configured key (wrong key, or altered records).</summary>
public sealed class SealedStoreKeyException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What does not match.</param>
    public SealedStoreKeyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with no detail.</summary>
    public SealedStoreKeyException()
        : base("The sealed store does not match the configured key.")
    {
    }

    /// <summary>Creates the exception with an inner cause.</summary>
    /// <param name="message">What does not match.</param>
    /// <param name="innerException">The cause.</param>
    public SealedStoreKeyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
