namespace Clues.Core.Access;

/// <summary>Thrown when a principal asks for something the access policy does not grant.</summary>
public sealed class AccessDeniedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was refused, without revealing the protected data.</param>
    public AccessDeniedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with no detail.</summary>
    public AccessDeniedException()
        : base("Access denied.")
    {
    }

    /// <summary>Creates the exception with an inner cause.</summary>
    /// <param name="message">What was refused.</param>
    /// <param name="innerException">The cause.</param>
    public AccessDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
