using System.Collections.Concurrent;
using Clues.GraphQL.Language;

namespace Clues.GraphQL.Http;

/// <summary>
/// Parsed documents by their text, so clients that send the same query again (the common case) skip the parser
/// and validation and reuse the executor's plan for that document. Bounded: when full it is emptied and refilled, which is
/// cheaper than LRU bookkeeping and good enough for a working set that fits.
/// </summary>
internal sealed class DocumentCache(int capacity, ParseOptions parseOptions)
{
    // Keys are kept whole, so a full cache of huge one-off documents could pin a lot of memory; such documents
    // are parsed every time instead. Real client queries are far smaller.
    private const int MaxCachedLength = 32 * 1024;

    private readonly ConcurrentDictionary<string, CachedDocument> _documents = new(StringComparer.Ordinal);

    /// <summary>
    /// The parsed document, with what earlier requests learnt about it; throws <see cref="GraphQLSyntaxException"/>
    /// for invalid text (failures are not cached). An uncached document comes in a fresh entry that dies with the request.
    /// </summary>
    public CachedDocument GetOrParse(string text)
    {
        if (capacity <= 0 || text.Length > MaxCachedLength)
        {
            return new CachedDocument(Parser.Parse(text, parseOptions));
        }

        if (_documents.TryGetValue(text, out var cached))
        {
            return cached;
        }

        var document = new CachedDocument(Parser.Parse(text, parseOptions));
        if (_documents.Count >= capacity)
        {
            _documents.Clear();
        }

        _documents.TryAdd(text, document);
        return document;
    }
}
