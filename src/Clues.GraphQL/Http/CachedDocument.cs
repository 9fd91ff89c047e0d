using System.Collections.Concurrent;
using Clues.GraphQL.Language;

namespace Clues.GraphQL.Http;

/// <summary>
/// A parsed document as kept by <see cref="DocumentCache"/>, with what was learnt about its operations, so a
/// document sent again skips validation (which otherwise costs far more than executing a small query).
/// </summary>
internal sealed class CachedDocument(Document document)
{
    // Operation names are GraphQL names, which cannot be empty, so "" stands for "no operation name given".
    private const string AnonymousKey = "";

    private readonly ConcurrentDictionary<string, ValidatedOperation> _valid = new(StringComparer.Ordinal);

    public Document Document { get; } = document;

    /// <summary>The outcome of an earlier successful validation of the operation named <paramref name="operationName"/>.</summary>
    public bool TryGetValid(string? operationName, out ValidatedOperation? operation) =>
        _valid.TryGetValue(operationName ?? AnonymousKey, out operation);

    /// <summary>
    /// Remembers that the operation passed validation. Only call this for an operation the document defines (so there is
    /// at most one entry per operation, whatever names clients send) and when the outcome could not depend on the request's
    /// variable values.
    /// </summary>
    public void AddValid(string? operationName, ValidatedOperation operation) =>
        _valid.TryAdd(operationName ?? AnonymousKey, operation);
}
