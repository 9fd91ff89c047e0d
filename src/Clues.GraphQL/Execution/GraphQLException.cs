namespace Clues.GraphQL.Execution;

/// <summary>
/// Throw from a resolver to report a client-facing field error with a message and optional extensions
/// (e.g. a <c>code</c>). Other exception types are reported too, but hosts usually mask their messages.
/// </summary>
public class GraphQLException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The client-visible message.</param>
    /// <param name="extensions">Entries for the error's <c>extensions</c>, or null.</param>
    public GraphQLException(string message, IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message)
    {
        Extensions = extensions;
    }

    /// <summary>Creates the exception with a cause.</summary>
    /// <param name="message">The client-visible message.</param>
    /// <param name="innerException">The cause.</param>
    /// <param name="extensions">Entries for the error's <c>extensions</c>, or null.</param>
    public GraphQLException(string message, Exception innerException, IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message, innerException)
    {
        Extensions = extensions;
    }

    /// <summary>Entries for the error's <c>extensions</c>, or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }
}
