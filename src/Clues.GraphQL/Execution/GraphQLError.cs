using Clues.GraphQL.Language;

namespace Clues.GraphQL.Execution;

/// <summary>
/// One entry of a response's <c>errors</c>: a message, where in the document it arose, where in the
/// response (path), optional extensions, and the original exception (for logging and masking; never serialized).
/// </summary>
public sealed class GraphQLError
{
    /// <summary>Creates an error.</summary>
    /// <param name="message">The client-visible message.</param>
    /// <param name="locations">Document locations, or null.</param>
    /// <param name="path">Response path (field keys and list indices), or null for request errors.</param>
    /// <param name="extensions">Extra entries for the <c>extensions</c> map, or null.</param>
    /// <param name="exception">The exception that caused the error, or null.</param>
    public GraphQLError(
        string message,
        IReadOnlyList<SourceLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? exception = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        Message = message;
        Locations = locations ?? [];
        Path = path;
        Extensions = extensions;
        Exception = exception;
    }

    /// <summary>The client-visible message.</summary>
    public string Message { get; }

    /// <summary>Line/column positions in the document (1-based); empty when unknown.</summary>
    public IReadOnlyList<SourceLocation> Locations { get; }

    /// <summary>The response path: <see cref="string"/> field keys and <see cref="int"/> list indices; null for request errors.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>The <c>extensions</c> entries, or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>
    /// The exception behind this error (a resolver's exception, a coercion failure), or null. Kept for the host
    /// to log and to decide whether to mask <see cref="Message"/>; never written to the response.
    /// </summary>
    public Exception? Exception { get; }

    /// <summary>A copy with a different message (e.g. masked), keeping everything else.</summary>
    /// <param name="message">The new message.</param>
    /// <returns>The copy.</returns>
    public GraphQLError WithMessage(string message) => new(message, Locations, Path, Extensions, Exception);

    /// <inheritdoc/>
    public override string ToString() => Path is null ? Message : Message + " (at " + string.Join(".", Path) + ")";
}
