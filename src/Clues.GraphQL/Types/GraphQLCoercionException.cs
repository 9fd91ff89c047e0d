namespace Clues.GraphQL.Types;

/// <summary>
/// Thrown by scalar and enum coercion when a value cannot be represented; the message is shown to clients
/// (inside a field or variable error), so it must not leak internals.
/// </summary>
public sealed class GraphQLCoercionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">A client-safe description of the problem.</param>
    public GraphQLCoercionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the underlying cause.</summary>
    /// <param name="message">A client-safe description of the problem.</param>
    /// <param name="innerException">The cause.</param>
    public GraphQLCoercionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
